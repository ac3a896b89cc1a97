using Dialoogtafels.Api.Security;
using Dialoogtafels.Persistence;
using Dialoogtafels.Persistence.Import.Pabulib;
using Dialoogtafels.Persistence.Seed;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Hosting;

/// <summary>
/// Commands of the API executable besides serving:
/// <c>migrate</c> applies the EF Core migrations and the built-in seed, then exits;
/// <c>import pabulib FILE...</c> migrates, then imports Pabulib files (one transaction per file);
/// <c>token ROLE [NAME]</c> prints a development token (needs <c>Authentication:SigningKey</c>).
/// Without arguments the host serves HTTP.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the command in <paramref name="args"/>, if any; true when one ran (the caller exits then).</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        Environment.ExitCode = args[0] switch
        {
            "migrate" => await MigrateAsync(app),
            "import" => await ImportAsync(app, args[1..]),
            "token" => Token(app, args[1..]),
            _ => Usage($"Unknown command '{args[0]}'."),
        };
        return true;
    }

    /// <summary>Applies pending migrations and the idempotent built-in seed; refreshes the planner's statistics after a migration.</summary>
    public static async Task<int> MigrateAsync(WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DialoogtafelsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await MigrationHistory.EnsureTableAsync(db);
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        await ProgrammeSeed.ApplyAsync(db);
        // New columns have no statistics until autovacuum gets to them; without them the planner
        // misjudges filters such as `deleted_at IS NULL` (a sequential scan instead of the key index).
        if (pending.Count > 0) await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.Error.WriteLine("Database migrated and seeded.");
        return 0;
    }

    private static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[0] != "pabulib") return Usage("Use: import pabulib FILE...");
        var code = await MigrateAsync(app);
        if (code != 0) return code;
        var importer = new PabulibImporter(app.Services.GetRequiredService<IDbContextFactory<DialoogtafelsDbContext>>());
        var failed = 0;
        foreach (var path in args[1..])
        {
            try
            {
                var result = await importer.ImportFileAsync(path);
                Console.WriteLine(
                    $"{result.FileName}: dialogue {result.DialogueSlug}{(result.DialogueCreated ? " (new)" : "")}, " +
                    $"{result.IdeasCreated} ideas created, {result.IdeasUpdated} updated, {result.IdeasUnchanged} unchanged, " +
                    $"{result.ThemesCreated} themes created.");
            }
            catch (Exception e) when (e is PabulibFormatException or IOException or InvalidOperationException)
            {
                failed++;
                Console.Error.WriteLine($"error: {e.Message} (nothing of this file was imported)");
            }
        }

        Console.WriteLine($"Imported {args.Length - 1 - failed} of {args.Length - 1} files.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Prints a development token for a role: <c>token EDITOR|PUBLISHER|ADMIN [name]</c>.</summary>
    private static int Token(WebApplication app, string[] args)
    {
        if (args.Length is < 1 or > 2 || !Enum.TryParse<Role>(args[0], ignoreCase: true, out var role) || !Enum.IsDefined(role))
            return Usage("Use: token EDITOR|PUBLISHER|ADMIN [name]");
        var options = app.Services.GetRequiredService<DialoogAuthenticationOptions>();
        if (options.SigningKey is null) return Usage("Authentication:SigningKey is not configured; development tokens are off.");
        Console.WriteLine(DevelopmentTokens.Mint(options, role, args.Length == 2 ? args[1] : $"dev-{args[0].ToLowerInvariant()}"));
        return 0;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine("Commands: (none) serve | migrate | import pabulib FILE... | token ROLE [NAME]");
        return 2;
    }
}
