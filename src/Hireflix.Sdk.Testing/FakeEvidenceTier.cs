namespace Hireflix.Sdk.Testing;

/// <summary>
/// How strongly public evidence supports a name in the checked-in schema (its <c>@evidence</c> annotation), strongest
/// first. <see cref="Ran"/> and stronger count as proven.
/// </summary>
public enum FakeEvidenceTier
{
    /// <summary>Hireflix's own documentation.</summary>
    Docs = 0,

    /// <summary>A real response body or a query of a real Hireflix client.</summary>
    Wire = 1,

    /// <summary>Public code with evidence it ran against the live API.</summary>
    Ran = 2,

    /// <summary>Third-party wrappers that hide the GraphQL text: plausible, unproven.</summary>
    Wrapper = 3,

    /// <summary>Our own guess.</summary>
    Inferred = 4,
}
