using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence.Seed;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Seed;

/// <summary>Once seeded, a database belongs to its editors: a rerun (every start of scripts/run) undoes nothing.</summary>
public class ProgrammeSeedEditTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_rerun_brings_back_nothing_deleted_and_duplicates_nothing_edited()
    {
        await using (var db = database.CreateContext()) await ProgrammeSeed.ApplyAsync(db);
        var before = await SeedCounts.CountAsync(database);

        var now = DateTimeOffset.UtcNow;
        await using (var db = database.CreateContext())
        {
            await db.Ideas.Where(i => i.Title == "We moeten het samen doen").ExecuteUpdateAsync(s => s.SetProperty(i => i.DeletedAt, now));
            await db.Ideas.Where(i => i.Title == "Zoek mensen op buiten je eigen bubbel").ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "Door een redacteur herschreven"));
            await db.Themes.Where(t => t.Slug == "samen-leven").ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, now));
            await db.Reports.Where(r => r.Title == "Rode draden burgerdialogen").ExecuteDeleteAsync();
        }

        await using (var db = database.CreateContext()) await ProgrammeSeed.ApplyAsync(db);

        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.Title == "We moeten het samen doen"));
            Assert.Equal(0, await db.Ideas.CountAsync(i => i.Title == "We moeten het samen doen"));
            Assert.Equal(0, await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.Title == "Zoek mensen op buiten je eigen bubbel"));
            Assert.Equal(0, await db.Themes.CountAsync(t => t.Slug == "samen-leven"));
            Assert.Equal(0, await db.Reports.CountAsync(r => r.Title == "Rode draden burgerdialogen"));
        }

        Assert.NotEqual(before, await SeedCounts.CountAsync(database));
    }
}

/// <summary>Two seeders at once insert everything once: the advisory lock serialises them.</summary>
public class ProgrammeSeedConcurrencyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Concurrent_runs_create_no_duplicates()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = database.CreateContext();
            await ProgrammeSeed.ApplyAsync(db);
        }));

        Assert.Equal(SeedCounts.Expected, await SeedCounts.CountAsync(database));
    }
}

/// <summary>Inside a caller's transaction the seed joins it, so the caller decides.</summary>
public class ProgrammeSeedTransactionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Joins_an_open_transaction_and_rolls_back_with_it()
    {
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ProgrammeSeed.ApplyAsync(db);
            Assert.Equal(17, await db.Dialogues.CountAsync());
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, (await SeedCounts.CountAsync(database)).Dialogues);
    }
}

/// <summary>The <see cref="SeededDatabase"/> fixture starts from the built-in seed.</summary>
public class SeededDatabaseSeedTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_seeded_template_holds_the_programme_and_a_rerun_changes_nothing()
    {
        var before = await SeedCounts.SnapshotAsync(database);
        Assert.Equal(SeedCounts.Expected, before.Counts);

        await using (var db = database.CreateContext()) await ProgrammeSeed.ApplyAsync(db);

        Assert.Equal(before, await SeedCounts.SnapshotAsync(database));
    }
}
