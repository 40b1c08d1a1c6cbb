using GraphQL;
using GraphQL.Execution;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>Writes <see cref="HireflixExecutionError.StatusCode"/> as a numeric <c>extensions.code</c>, as clients of the legacy API check it.</summary>
internal sealed class HireflixErrorInfoProvider : ErrorInfoProvider
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is HireflixExecutionError hireflix)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            extensions.Remove("codes");
            extensions["code"] = hireflix.StatusCode;
            info.Extensions = extensions;
        }

        return info;
    }
}
