using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dialoogtafels.Persistence;

/// <summary>
/// EF Core reads the migration history of a new database before it creates the history table, and
/// logs that read as a failed command at Error level ("Failed executing DbCommand … FROM
/// "__EFMigrationsHistory""; dotnet/efcore#37328). Operators should not see an error on every
/// first start, so the migrating code creates the table first, with the script EF Core itself uses.
/// </summary>
public static class MigrationHistory
{
    /// <summary>
    /// Creates the history table of <paramref name="db"/>'s migrations when the database exists and
    /// the table does not (<c>CREATE TABLE IF NOT EXISTS</c>); does nothing when the database does
    /// not exist yet (EF Core creates both then). Database errors propagate.
    /// </summary>
    public static async Task EnsureTableAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)) return;
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), [], cancellationToken);
    }
}
