namespace Hireflix.Sdk.Transport;

/// <summary>
/// Hireflix refused the document itself (validation errors and no <c>data</c>): nothing ran on the server, so the
/// transport may send a corrected document even for a mutation. The transport always catches it; it is a
/// <see cref="HireflixException"/> only so that a parse outside the transport still fails with the SDK's error type.
/// </summary>
internal sealed class WireRejection : HireflixException
{
    public WireRejection(IReadOnlyList<HireflixGraphQLError> errors)
        : base("Hireflix rejected the document.")
    {
        Errors = errors;
    }

    public IReadOnlyList<HireflixGraphQLError> Errors { get; }
}
