namespace Hireflix.Sdk;

/// <summary>Hireflix could not be reached, or the connection broke before a complete answer arrived.</summary>
public sealed class HireflixConnectionException(string message, Exception? innerException)
    : HireflixException(message, innerException);

/// <summary>An operation ran out of time (<c>HireflixClientOptions.AttemptTimeout</c> or <c>TotalTimeout</c>), retries included.</summary>
public sealed class HireflixTimeoutException(string message, Exception? innerException)
    : HireflixException(message, innerException);
