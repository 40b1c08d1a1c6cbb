using Microsoft.Data.Sqlite;

namespace Hireflix.Sdk.Samples.Sync;

/// <summary>
/// The local SQLite copy. Every write says whether it changed a row, so a reconciliation can count its repairs and a
/// second run can prove it changes nothing. Writes are serialised: webhooks and the reconciliation arrive concurrently.
/// </summary>
public sealed class SyncDatabase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SyncDatabase(SqliteConnection connection) => _connection = connection;

    /// <param name="path">The database file (created when missing).</param>
    public static async Task<SyncDatabase> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        using var create = connection.CreateCommand();
        create.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS interviews (
                id          TEXT PRIMARY KEY,
                position_id TEXT NOT NULL,
                external_id TEXT NULL,
                stage       TEXT NOT NULL,
                score       REAL NULL
            );
            CREATE INDEX IF NOT EXISTS interviews_position ON interviews (position_id);
            """;
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new SyncDatabase(connection);
    }

    /// <summary>Inserts or updates; returns whether anything changed (an identical row is left alone).</summary>
    public async Task<bool> UpsertAsync(SyncedInterview interview, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO interviews (id, position_id, external_id, stage, score) VALUES ($id, $position, $external, $stage, $score)
                ON CONFLICT (id) DO UPDATE SET position_id = excluded.position_id, external_id = excluded.external_id,
                    stage = excluded.stage, score = excluded.score
                WHERE interviews.position_id IS NOT excluded.position_id OR interviews.external_id IS NOT excluded.external_id
                    OR interviews.stage IS NOT excluded.stage OR interviews.score IS NOT excluded.score;
                """;
            command.Parameters.AddWithValue("$id", interview.Id);
            command.Parameters.AddWithValue("$position", interview.PositionId);
            command.Parameters.AddWithValue("$external", (object?)interview.ExternalId ?? DBNull.Value);
            command.Parameters.AddWithValue("$stage", interview.Stage);
            command.Parameters.AddWithValue("$score", (object?)interview.Score ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes one interview; returns whether it was there.</summary>
    public Task<int> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM interviews WHERE id = $id;", cancellationToken, ("$id", id));

    /// <summary>Deletes the position's rows whose ids are not in <paramref name="keep"/>; returns how many.</summary>
    public async Task<int> DeleteMissingAsync(string positionId, IReadOnlySet<string> keep, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var row in (await ReadAllAsync(cancellationToken)).Where(r => r.PositionId == positionId && !keep.Contains(r.Id)))
        {
            deleted += await DeleteAsync(row.Id, cancellationToken);
        }

        return deleted;
    }

    /// <summary>Deletes the rows of positions Hireflix no longer has (a deleted position takes its interviews with it).</summary>
    public async Task<int> DeleteOtherPositionsAsync(IReadOnlySet<string> positionIds, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var row in (await ReadAllAsync(cancellationToken)).Where(r => !positionIds.Contains(r.PositionId)))
        {
            deleted += await DeleteAsync(row.Id, cancellationToken);
        }

        return deleted;
    }

    public async Task<IReadOnlyList<SyncedInterview>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, position_id, external_id, stage, score FROM interviews ORDER BY id;";
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<SyncedInterview>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new SyncedInterview(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4)));
            }

            return rows;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
