using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Seed;

/// <summary>Row counts of every entity and join table the seed writes.</summary>
public sealed record Counts(
    int Themes,
    int ParticipantGroups,
    int Dialogues,
    int Reports,
    int Tables,
    int TableParticipantGroups,
    int TableThemes,
    int Stories,
    int StoryThemes,
    int Ideas,
    int IdeaThemes,
    int IdeaStories);

/// <summary>The counts plus every row's id and update stamp, to prove a second run touched nothing.</summary>
public sealed record Snapshot(Counts Counts, string Stamps);

internal static class SeedCounts
{
    /// <summary>
    /// What the seed holds: 6 + 10 themes, 7 groups, 1 exploratory + 5 theme + 5 middenveld + 5 wetenschap + 1 local
    /// dialogues, 4 reports, the Tubbergen table with one group count, 3 stories (6 theme links), 3 ideas (3 theme links,
    /// 4 answered stories).
    /// </summary>
    public static Counts Expected { get; } = new(16, 7, 17, 4, 1, 1, 0, 3, 6, 3, 3, 4);

    public static async Task<Counts> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return new Counts(
            await db.Themes.CountAsync(),
            await db.ParticipantGroups.CountAsync(),
            await db.Dialogues.CountAsync(),
            await db.Reports.CountAsync(),
            await db.Tables.CountAsync(),
            await db.TableParticipantGroups.CountAsync(),
            await db.TableThemes.CountAsync(),
            await db.Stories.CountAsync(),
            await db.StoryThemes.CountAsync(),
            await db.Ideas.CountAsync(),
            await db.IdeaThemes.CountAsync(),
            await db.IdeaStories.CountAsync());
    }

    public static async Task<Snapshot> SnapshotAsync(TestDatabase database)
    {
        var counts = await CountAsync(database);
        await using var db = database.CreateContext();
        var stamps = new List<string>();
        stamps.AddRange(await db.Themes.OrderBy(x => x.Id).Select(x => $"theme {x.Id} {x.UpdatedAt:O}").ToListAsync());
        stamps.AddRange(await db.ParticipantGroups.OrderBy(x => x.Id).Select(x => $"group {x.Id} {x.UpdatedAt:O}").ToListAsync());
        stamps.AddRange(await db.Dialogues.OrderBy(x => x.Id).Select(x => $"dialogue {x.Id} {x.UpdatedAt:O}").ToListAsync());
        stamps.AddRange(await db.Reports.OrderBy(x => x.Id).Select(x => $"report {x.Id} {x.UpdatedAt:O}").ToListAsync());
        stamps.AddRange(await db.Tables.OrderBy(x => x.Id).Select(x => $"table {x.Id} {x.UpdatedAt:O}").ToListAsync());
        stamps.AddRange(await db.Stories.OrderBy(x => x.Id).Select(x => $"story {x.Id} {x.UpdatedAt:O}").ToListAsync());
        stamps.AddRange(await db.Ideas.OrderBy(x => x.Id).Select(x => $"idea {x.Id} {x.UpdatedAt:O}").ToListAsync());
        return new Snapshot(counts, string.Join('\n', stamps));
    }
}
