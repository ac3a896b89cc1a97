using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// A write whose connection the server closed between two of its commands is an outage, not a fault. Found by
/// scripts/outage: during <c>pg_ctl restart</c> a createIdea answered UNEXPECTED_EXECUTION_ERROR, because Npgsql had
/// ended the transaction of the broken connection and the next command failed with "Transaction is already completed".
/// </summary>
public class BrokenConnectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_write_whose_connection_broke_between_commands_fails_as_an_outage_and_commits_nothing()
    {
        await using var edit = new EditContext(api.Database.CreateContext(), user: null, new BreakConnection(api.Database.ConnectionString));
        edit.Db.Add(new Theme { Name = "Afgebroken", Slug = "afgebroken" });

        var failure = await Assert.ThrowsAsync<ConnectionBrokenException>(() => edit.SaveAsync(CancellationToken.None));

        Assert.True(DatabaseFailures.IsUnavailable(failure));
        await using var db = api.Database.CreateContext();
        Assert.False(await db.Themes.IgnoreQueryFilters().AnyAsync(t => t.Slug == "afgebroken"));
    }

    // Inside the write's transaction: the server ends the write's backend, a command notices it without the write
    // seeing it (as when Npgsql reads the server's goodbye after a command's answer), and the next command of the
    // transaction fails with "Transaction is already completed", as the key's mark did in scripts/outage.
    private sealed class BreakConnection(string connectionString) : IWriteParticipant
    {
        public async Task EnlistAsync(DialoogtafelsDbContext db, CancellationToken cancellationToken)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using (var other = new NpgsqlConnection(connectionString))
            {
                await other.OpenAsync(cancellationToken);
                await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({connection.ProcessID}, 5000)", other);
                await terminate.ExecuteScalarAsync(cancellationToken);
            }

            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            }
            catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
            {
                // the connection is broken now
            }

            await db.Database.ExecuteSqlRawAsync("SELECT 2", cancellationToken);
        }
    }
}
