using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence.Seed;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Seed;

/// <summary>A second run inserts what is missing and leaves editors' changes alone.</summary>
public class ProgrammeSeedEditTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Rerun_restores_deleted_rows_and_keeps_edited_ones()
    {
        await using (var db = database.CreateContext()) await ProgrammeSeed.ApplyAsync(db);

        await using (var db = database.CreateContext())
        {
            await db.Dialogues.Where(d => d.Slug == "themadialoog-gezondheid")
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Description, "Door een redacteur herschreven."));
            await db.Themes.Where(t => t.Slug == "samen-leven")
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "Samenleven"));
            await db.Stories.Where(s => s.Title == "Mensen ontmoeten buiten de eigen bubbel")
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Archived));
            await db.Reports.Where(r => r.Title == "Rode draden burgerdialogen").ExecuteDeleteAsync();
            await db.IdeaStories.ExecuteDeleteAsync();
            await db.IdeaThemes.ExecuteDeleteAsync();
            await db.Ideas.Where(i => i.Title == "We moeten het samen doen").ExecuteDeleteAsync();
        }

        await using (var db = database.CreateContext()) await ProgrammeSeed.ApplyAsync(db);

        await using (var db = database.CreateContext())
        {
            Assert.Equal("Door een redacteur herschreven.", await db.Dialogues.Where(d => d.Slug == "themadialoog-gezondheid").Select(d => d.Description).SingleAsync());
            Assert.Equal("Samenleven", await db.Themes.Where(t => t.Slug == "samen-leven").Select(t => t.Name).SingleAsync());
            Assert.Equal(PublicationStatus.Archived, await db.Stories.Where(s => s.Title == "Mensen ontmoeten buiten de eigen bubbel").Select(s => s.Status).SingleAsync());
            Assert.Equal(1, await db.Reports.CountAsync(r => r.Title == "Rode draden burgerdialogen"));
            var restored = await db.Ideas.Include(i => i.AnsweredStories).Include(i => i.Themes).SingleAsync(i => i.Title == "We moeten het samen doen");
            Assert.Equal("Samenleven", Assert.Single(restored.Themes).Name);
            Assert.Single(restored.AnsweredStories);
        }

        // Links of rows that survived are not re-created: only the restored idea has its links back.
        var counts = await SeedCounts.CountAsync(database);
        Assert.Equal(SeedCounts.Expected with { IdeaThemes = 1, IdeaStories = 1 }, counts);
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
