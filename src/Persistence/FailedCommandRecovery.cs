using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Dialoogtafels.Persistence;

/// <summary>
/// After PostgreSQL refuses a command, forgets the prepared statements of its connection (Npgsql's
/// <see cref="NpgsqlConnection.UnprepareAll"/>: <c>DEALLOCATE ALL</c> and Npgsql's own bookkeeping), so the
/// connection goes back to the pool usable. Why: when the refusal comes in the run in which Npgsql prepares
/// the statement automatically (e.g. a parameter with a NUL character, error 22021 at Bind), Npgsql 10.0.3
/// keeps the statement as prepared without its row description, and the statement's next run on that
/// connection fails with "Received unexpected backend message DataRow" (npgsql/npgsql#6391, open). Refused
/// commands are rare (input is checked before, <see cref="StorableText"/>), so preparing again costs nothing
/// measurable. Registered by <see cref="PersistenceServiceCollectionExtensions.Configure"/>.
/// </summary>
internal sealed class FailedCommandRecovery : DbCommandInterceptor
{
    /// <summary>The one instance (the interceptor keeps no state).</summary>
    public static FailedCommandRecovery Instance { get; } = new();

    /// <inheritdoc />
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Recover(command, eventData.Exception);

    /// <inheritdoc />
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Recover(command, eventData.Exception);
        return Task.CompletedTask;
    }

    // Only a refusal by PostgreSQL: the protocol is in step and the connection idle. Any other failure
    // (I/O, timeout, cancellation) already breaks the connection, and Npgsql does not pool a broken one.
    // Not inside a transaction: PostgreSQL ignores DEALLOCATE in an aborted one (the edits of the CMS run in
    // transactions; their text is checked by the GraphQL String scalar).
    private static void Recover(DbCommand command, Exception exception)
    {
        if (exception is not PostgresException || command.Transaction is not null
            || command.Connection is not NpgsqlConnection { State: System.Data.ConnectionState.Open } connection) return;
        try
        {
            connection.UnprepareAll();
        }
        catch (NpgsqlException)
        {
            // UnprepareAll failed: Npgsql has broken the connection, which it then does not pool.
        }
    }
}
