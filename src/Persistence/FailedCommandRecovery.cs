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
/// measurable. A command refused inside a transaction (a CMS write that loses a unique-key race, say) is
/// recovered when EF Core closes the connection, after the transaction ended. Registered by
/// <see cref="PersistenceServiceCollectionExtensions.Configure"/> as a command and a connection interceptor.
/// </summary>
internal sealed class FailedCommandRecovery : IDbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>The one instance (it keeps no state beyond which connections still need their recovery).</summary>
    public static FailedCommandRecovery Instance { get; } = new();

    // Connections whose refused command ran inside a transaction: recovered when EF Core closes them, after the
    // transaction ended (PostgreSQL ignores DEALLOCATE in an aborted transaction).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<NpgsqlConnection, object> afterTransaction = new();

    /// <inheritdoc />
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Recover(command, eventData.Exception);

    /// <inheritdoc />
    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Recover(command, eventData.Exception);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        RecoverAfterTransaction(connection);
        return result;
    }

    /// <inheritdoc />
    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        RecoverAfterTransaction(connection);
        return ValueTask.FromResult(result);
    }

    // Only a refusal by PostgreSQL: the protocol is in step and the connection idle. Any other failure
    // (I/O, timeout, cancellation) already breaks the connection, and Npgsql does not pool a broken one.
    // Inside a transaction the recovery waits until the connection closes.
    private void Recover(DbCommand command, Exception exception)
    {
        if (exception is not PostgresException || command.Connection is not NpgsqlConnection { State: System.Data.ConnectionState.Open } connection) return;
        if (command.Transaction is not null)
        {
            afterTransaction.AddOrUpdate(connection, this);
            return;
        }

        Unprepare(connection);
    }

    private void RecoverAfterTransaction(DbConnection connection)
    {
        if (connection is NpgsqlConnection { State: System.Data.ConnectionState.Open } npgsql && afterTransaction.Remove(npgsql)) Unprepare(npgsql);
    }

    private static void Unprepare(NpgsqlConnection connection)
    {
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
