using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Hireflix.Sdk.Benchmarks.Canned;

/// <summary>
/// An in-memory server: consumes the request body (so lazily serialised request content is really produced) and
/// answers with the next canned body of its sequence. No sockets, so only client cost is measured.
/// </summary>
internal sealed class CannedHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly byte[][] _responses;
    private readonly string _operationName;
    private readonly Func<int, string?>? _expectedCursor;
    private int _next;

    /// <param name="operationName">The operation every request must name (checked when <see cref="Validate"/> is on).</param>
    /// <param name="responses">Answered in order, cycling.</param>
    /// <param name="expectedCursor">For paging: the <c>lastCursor</c> variable request <c>i</c> of a sequence must carry.</param>
    public CannedHandler(string operationName, byte[][] responses, Func<int, string?>? expectedCursor = null)
    {
        _operationName = operationName;
        _responses = responses;
        _expectedCursor = expectedCursor;
    }

    public CannedHandler(string operationName, byte[] response)
        : this(operationName, [response])
    {
    }

    /// <summary>When on, every request body is parsed and checked (off while timing).</summary>
    public bool Validate { get; set; }

    /// <summary>Requests answered so far.</summary>
    public long Requests { get; private set; }

    /// <summary>Starts the sequence again (each paging run begins at the first page).</summary>
    public void Reset() => _next = 0;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = _next;
        _next = index + 1 == _responses.Length ? 0 : index + 1;
        Requests++;
        if (Validate)
        {
            await CheckAsync(request, index, cancellationToken).ConfigureAwait(false);
        }
        else if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(_responses[index]) { Headers = { ContentType = Json } },
        };
    }

    private async Task CheckAsync(HttpRequestMessage request, int index, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.Content is null)
        {
            throw new InvalidOperationException($"Expected a POST with a body, got {request.Method}.");
        }

        var body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || query.GetString()!.Length < 10)
        {
            throw new InvalidOperationException("The request has no query.");
        }

        if (!root.TryGetProperty("operationName", out var name) || name.GetString() != _operationName)
        {
            throw new InvalidOperationException($"Expected operationName {_operationName}.");
        }

        if (!root.TryGetProperty("variables", out var variables) || variables.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("The request has no variables object.");
        }

        if (_expectedCursor is not null)
        {
            var expected = _expectedCursor(index);
            var actual = variables.TryGetProperty("lastCursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (actual != expected)
            {
                throw new InvalidOperationException($"Page {index}: expected lastCursor {expected ?? "(none)"}, got {actual ?? "(none)"}.");
            }
        }
    }
}
