using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>A company's positions (jobs): list, get, rename, archive, delete. Get it from <see cref="HireflixClient.Positions"/>.</summary>
public class PositionsClient
{
    private readonly HireflixConnection _connection;

    /// <summary>For mocking.</summary>
    protected PositionsClient()
    {
        _connection = null!;
    }

    internal PositionsClient(HireflixConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Lists every position of the company, open and archived (see <see cref="Position.IsArchived"/>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The positions, in the order Hireflix gives them.</returns>
    /// <example>
    /// <code>
    /// foreach (var position in await hireflix.Positions.ListAsync(ct))
    ///     Console.WriteLine($"{position.Name} {(position.IsArchived ? "(archived)" : "")}");
    /// </code>
    /// </example>
    /// <exception cref="HireflixException">The call failed (see the subclasses for authentication, rate limits, HTTP and GraphQL errors).</exception>
    public virtual async Task<IReadOnlyList<Position>> ListAsync(CancellationToken cancellationToken = default)
    {
        var data = await _connection.SendAsync(new GetPositionsQuery(), cancellationToken).ConfigureAwait(false);
        return data.Positions switch
        {
            null => [],
            { } positions when positions.Contains(null) => positions.OfType<Position>().ToArray(),
            { } positions => (IReadOnlyList<Position>)positions,
        };
    }

    /// <summary>
    /// Finds positions by name: trimmed, compared case-insensitively (ordinal), as a person reads a job title. Hireflix
    /// documents no name filter, so this lists the company's positions (one request) and filters them here.
    /// </summary>
    /// <param name="name">The name: 1–50 characters after trimming.</param>
    /// <param name="includeArchived">True to include archived positions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every matching position (names are not unique in Hireflix), in the order Hireflix gives them.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is invalid.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<IReadOnlyList<Position>> FindByNameAsync(string name, bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        var trimmed = HireflixArgument.Name(name, nameof(name));
        var positions = await ListAsync(cancellationToken).ConfigureAwait(false);
        return positions
            .Where(p => string.Equals(p.Name?.Trim(), trimmed, StringComparison.OrdinalIgnoreCase) && (includeArchived || !p.IsArchived))
            .ToArray();
    }

    /// <summary>Gets one position.</summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentException"><paramref name="positionId"/> is not a Hireflix id.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<Position> GetAsync(string positionId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        var operation = new GetPositionQuery { Id = positionId };
        return await _connection.SendAsync(operation, data => data.Position, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renames a position.</summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="name">The new name: 1–50 characters after trimming.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The renamed position.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<Position> RenameAsync(string positionId, string name, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        var trimmed = HireflixArgument.Name(name, nameof(name));
        var operation = new RenamePositionMutation { Id = positionId, Name = trimmed };
        return await _connection.SendAsync(operation, data => data.Position?.Save, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Archives a position: it keeps its interviews and stops accepting invitations.</summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The archived position (<see cref="Position.ArchivedAt"/> set).</returns>
    /// <exception cref="ArgumentException"><paramref name="positionId"/> is not a Hireflix id.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<Position> ArchiveAsync(string positionId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        var operation = new ArchivePositionMutation { Id = positionId };
        var data = await _connection.SendAsync(operation, cancellationToken).ConfigureAwait(false);
        return data.ArchivePosition switch
        {
            ArchivePositionMutation.Data.ArchivePositionResult.MutationArchivePositionSuccess { Data: { } position } => position,
            ArchivePositionMutation.Data.ArchivePositionResult.PositionNotFoundError error => throw new PositionNotFoundException(error.Code, error.PositionNotFoundMessage) { OperationName = operation.OperationName },
            ArchivePositionMutation.Data.ArchivePositionResult.Unknown unknown => throw new HireflixUnknownResultException(unknown.TypeName) { OperationName = operation.OperationName },
            _ => throw new HireflixResponseException("Hireflix returned no result for ArchivePosition.") { OperationName = operation.OperationName },
        };
    }

    /// <summary>
    /// Deletes a position and ALL its interviews. Hireflix recommends <see cref="ArchiveAsync"/> instead.
    /// Safe to retry: a position already gone after an interrupted attempt counts as deleted.
    /// </summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the position is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="positionId"/> is not a Hireflix id.</exception>
    /// <exception cref="PositionNotFoundException">No such position (and no earlier attempt of this call may have deleted it).</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task DeleteAsync(string positionId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        var operation = new DeletePositionMutation { Id = positionId };
        var attempts = new AttemptRecord();
        DeletePositionMutation.Data data;
        try
        {
            data = await _connection.SendAsync(operation, attempts, cancellationToken).ConfigureAwait(false);
        }
        catch (PositionNotFoundException) when (attempts.EarlierAttemptMayHaveExecuted)
        {
            // An interrupted attempt deleted it; the retry found nothing left. That is the outcome the caller asked for.
            return;
        }

        if (data.Position?.Delete != true && !attempts.EarlierAttemptMayHaveExecuted)
        {
            throw new PositionNotFoundException(null, null) { OperationName = operation.OperationName };
        }
    }
}
