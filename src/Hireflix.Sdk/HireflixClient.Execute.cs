using System.Text.Json.Nodes;
using Hireflix.Sdk.Transport;
using Hireflix.Sdk.Transport.Raw;

namespace Hireflix.Sdk;

/// <summary>Your own operations: typed ones generated from your project's <c>.graphql</c> files, and raw documents.</summary>
public partial class HireflixClient
{
    /// <summary>
    /// Runs an operation generated from one of your project's <c>.graphql</c> files (see the README, "Your own operations"),
    /// with the client's key, retries, telemetry and typed errors. Queries, and mutations marked <c>@idempotent</c> in their
    /// file, are retried on transient failures; other mutations only when the request provably never reached Hireflix.
    /// Optional fields Hireflix turns out not to have are dropped and read as null (logged once), like the SDK's own.
    /// </summary>
    /// <example>
    /// <code>
    /// // Hireflix/InterviewDevices.graphql: query InterviewDevices($id: String!) { interview(id: $id) { id ipAddresses userAgents } }
    /// var data = await hireflix.ExecuteAsync(new InterviewDevicesQuery { Id = interviewId }, ct);
    /// Console.WriteLine(string.Join(", ", data.Interview?.IpAddresses ?? []));
    /// </code>
    /// </example>
    /// <typeparam name="TData">The operation's typed <c>data</c>.</typeparam>
    /// <param name="operation">The operation with its variables set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response's <c>data</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <exception cref="HireflixSchemaMismatchException">Hireflix refused the document (a field, argument or type it does not have) and the refused selections are not optional.</exception>
    /// <exception cref="HireflixGraphQLException">Hireflix answered with errors.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<TData> ExecuteAsync<TData>(IHireflixOperation<TData> operation, CancellationToken cancellationToken = default)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        return SendOwnAsync(operation, cancellationToken);
    }

    /// <summary>
    /// Runs a GraphQL document as written and returns the response's <c>data</c> as JSON: the way out for fields the typed
    /// API does not expose. Same key, telemetry, logging and typed errors as every call; a document Hireflix refuses is a
    /// <see cref="HireflixSchemaMismatchException"/> naming what it does not have (nothing of a raw document is pruned).
    /// Queries are retried on transient failures; mutations only when the request provably never reached Hireflix, unless
    /// <see cref="HireflixRawRequest.MutationIsIdempotent"/> is set.
    /// </summary>
    /// <example>
    /// <code>
    /// var data = await hireflix.ExecuteRawAsync(new HireflixRawRequest
    /// {
    ///     Document = "query Devices($id: String!) { interview(id: $id) { id ipAddresses userAgents } }",
    ///     Variables = new JsonObject { ["id"] = interviewId },
    /// }, ct);
    /// var ips = data["interview"]?["ipAddresses"]?.AsArray();
    /// </code>
    /// </example>
    /// <param name="request">The document, its variables, which operation to run and whether a mutation may be retried.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response's <c>data</c> object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The document is empty, is not GraphQL, holds no such operation or several without <see cref="HireflixRawRequest.OperationName"/>, or is a subscription.</exception>
    /// <exception cref="HireflixSchemaMismatchException">Hireflix refused the document before running it.</exception>
    /// <exception cref="HireflixGraphQLException">Hireflix answered with errors.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<JsonObject> ExecuteRawAsync(HireflixRawRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Document))
        {
            throw new ArgumentException("The document is empty.", nameof(request));
        }

        if (request.OperationName is { } name && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("OperationName is blank: leave it null to run the document's only operation.", nameof(request));
        }

        var head = RawDocumentScanner.Select(request.Document, request.OperationName, nameof(request));
        var operation = new RawOperation(request.Document, head, request.Variables, request.MutationIsIdempotent);
        return SendOwnAsync(operation, cancellationToken);
    }

    private HireflixConnection Connection => _connection ?? throw new InvalidOperationException(
        "This HireflixClient was created for mocking: override ExecuteAsync / ExecuteRawAsync in the test double.");

    /// <summary>A user's operation: its own retry policy, and GraphQL errors as they came (no not-found mapping of the SDK's own).</summary>
    private Task<TData> SendOwnAsync<TData>(IHireflixOperation<TData> operation, CancellationToken cancellationToken)
        where TData : class =>
        Connection.SendAsync(operation, HireflixSubject.None, attempts: null, cancellationToken);
}
