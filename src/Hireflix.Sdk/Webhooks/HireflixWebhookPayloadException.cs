namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Thrown when a webhook body is not JSON, or is JSON whose shape is not a Hireflix webhook envelope
/// (for example <c>event</c> missing or a date that is neither a number nor a date string).
/// </summary>
/// <remarks>
/// The message names the offending JSON property or position, never its value, because values hold
/// candidate data. No <see cref="System.Text.Json.JsonException"/> is attached as inner exception for
/// the same reason: its message can quote the body.
/// </remarks>
public sealed class HireflixWebhookPayloadException : HireflixWebhookException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the payload; must not quote body values.</param>
    public HireflixWebhookPayloadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the position of a JSON syntax error.</summary>
    /// <param name="message">What is wrong with the payload; must not quote body values.</param>
    /// <param name="lineNumber">Zero-based line of the syntax error.</param>
    /// <param name="bytePositionInLine">Zero-based byte offset of the syntax error within its line.</param>
    public HireflixWebhookPayloadException(string message, long? lineNumber, long? bytePositionInLine)
        : base(message)
    {
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Zero-based line of a JSON syntax error, when the body is not valid JSON.</summary>
    public long? LineNumber { get; }

    /// <summary>Zero-based byte offset within <see cref="LineNumber"/> of a JSON syntax error.</summary>
    public long? BytePositionInLine { get; }
}
