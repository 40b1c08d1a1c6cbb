namespace Hireflix.Sdk.Transport;

/// <summary>
/// Hireflix refused the document itself (validation errors and no <c>data</c>): nothing ran on the server, so the
/// transport may send a corrected document even for a mutation. Never leaves the transport.
/// </summary>
internal sealed class WireRejection : Exception
{
    public WireRejection(IReadOnlyList<HireflixGraphQLError> errors)
        : base("Hireflix rejected the document.")
    {
        Errors = errors;
    }

    public IReadOnlyList<HireflixGraphQLError> Errors { get; }
}
