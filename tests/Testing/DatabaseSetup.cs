using Dialoogtafels.Persistence;
using Dialoogtafels.Persistence.Seed;

namespace Dialoogtafels.Testing;

/// <summary>Hooks the fixtures use to fill a template database.</summary>
internal static class DatabaseSetup
{
    /// <summary>Applies the built-in seed.</summary>
    public static Task SeedAsync(DialoogtafelsDbContext db) => ProgrammeSeed.ApplyAsync(db);
}
