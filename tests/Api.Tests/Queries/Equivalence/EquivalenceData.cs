using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>
/// A small graph with drafts, soft-deleted targets and null foreign keys; every title starts with "Trl"
/// so the seeded programme does not interfere. <see cref="Model"/> answers what should match, in memory.
/// </summary>
public static class EquivalenceData
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task AddAsync(TestDatabase database)
    {
        await Gate.WaitAsync();
        try
        {
            await using var db = database.CreateContext();
            if (await db.Dialogues.IgnoreQueryFilters().AnyAsync(d => d.Slug == "trl-a")) return;
            var deleted = DateTimeOffset.UtcNow.AddDays(-1);
            Theme Th(string slug, string name, PublicationStatus status, Theme? parent = null) =>
                new() { Slug = slug, Name = name, Status = status, Parent = parent };
            var thP = Th("trl-parent", "Trl ouder", PublicationStatus.Published);
            var thQ = Th("trl-q", "Trl kwartier", PublicationStatus.Published, thP);
            var thR = Th("trl-r", "Trl concept", PublicationStatus.Draft, thP);
            var thS = Th("trl-s", "Trl solo", PublicationStatus.Published);
            var thX = Th("trl-x", "Trl weg", PublicationStatus.Published, thP);
            thX.DeletedAt = deleted;

            Dialogue D(string slug, string title, DialogueTrack track, PublicationStatus status, Theme? theme = null) =>
                new() { Slug = slug, Title = title, Track = track, Status = status, Theme = theme };
            var dA = D("trl-a", "Trl Alpha", DialogueTrack.Citizens, PublicationStatus.Published, thR);
            var dB = D("trl-b", "Trl Bravo", DialogueTrack.Citizens, PublicationStatus.Draft, thQ);
            var dC = D("trl-c", "Trl Charlie", DialogueTrack.Science, PublicationStatus.Published, thQ);
            var dD = D("trl-d", "Trl Delta", DialogueTrack.Citizens, PublicationStatus.Published);
            dD.DeletedAt = deleted;
            var dE = D("trl-e", "trl echo", DialogueTrack.CivilSociety, PublicationStatus.Archived);

            Table T(Dialogue d, string title, PublicationStatus status) => new() { Dialogue = d, Title = title, Status = status };
            var tA1 = T(dA, "Trl tafel noord", PublicationStatus.Published);
            var tA2 = T(dA, "Trl tafel zuid", PublicationStatus.Draft);
            var tA3 = T(dA, "Trl tafel oost", PublicationStatus.Published);
            tA3.DeletedAt = deleted;
            var tC1 = T(dC, "Trl tafel noord", PublicationStatus.Published);
            var tB1 = T(dB, "Trl tafel west", PublicationStatus.Published);
            var tE1 = T(dE, "Trl tafel echo", PublicationStatus.Published);

            Story S(string title, Dialogue d, Table? t, PublicationStatus status) =>
                new() { Title = title, Dialogue = d, Table = t, Status = status, Kind = StoryKind.Concern, Body = "Trl verhaal over fietsen en bomen" };
            var s1 = S("Trl verhaal 1", dA, tA1, PublicationStatus.Published);
            var s2 = S("Trl verhaal 2", dA, tA2, PublicationStatus.Published);
            var s3 = S("Trl verhaal 3", dA, null, PublicationStatus.Published);
            var s4 = S("Trl verhaal 4", dB, tB1, PublicationStatus.Published);
            var s5 = S("Trl verhaal 5", dC, tC1, PublicationStatus.Published);
            var s6 = S("Trl verhaal 6", dA, tA1, PublicationStatus.Draft);

            var n = 0;
            Idea I(Dialogue d, Table? t, PublicationStatus status, Theme[] themes, Story[] stories, string words, decimal? cost = null) => new()
            {
                Title = $"Trl idee {++n:D2}", Dialogue = d, Table = t, Status = status, Themes = [.. themes], AnsweredStories = [.. stories],
                Description = words, CostEstimate = cost, SupportCount = n % 4, ProposedActors = [ProposedActor.Society],
            };
            db.AddRange(
                I(dA, tA1, PublicationStatus.Published, [thQ], [s1, s2], "fietsen bomen", 100m),
                I(dA, tA2, PublicationStatus.Published, [thR], [], "fietsen"),
                I(dA, null, PublicationStatus.Published, [thS], [s4], "bomen", 50m),
                I(dB, tB1, PublicationStatus.Published, [thQ, thS], [], "fietsen fietsen fietsen"),
                I(dC, tC1, PublicationStatus.Published, [], [s5], "bomen fietsen", 100m),
                I(dD, null, PublicationStatus.Published, [thX], [], "fietsen"),
                I(dA, tA3, PublicationStatus.Published, [thX, thQ], [s6], "bomen"),
                I(dA, tA1, PublicationStatus.Draft, [thQ], [s1], "fietsen"),
                I(dC, null, PublicationStatus.Published, [thR, thS], [s3], "fietsen bomen bomen"),
                I(dE, tE1, PublicationStatus.Published, [thP], [], "fietsen", 10m),
                I(dA, tA1, PublicationStatus.Archived, [thS], [], "bomen"),
                I(dC, tC1, PublicationStatus.Published, [thP, thQ], [s2], "fietsen", 75m));
            db.AddRange(s3);
            await db.SaveChangesAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The test content loaded whole (deleted rows too), with what a caller may see.</summary>
    public sealed class Model
    {
        public required List<Idea> Ideas { get; init; }
        public required List<Story> Stories { get; init; }
        public required List<Dialogue> Dialogues { get; init; }
        public required List<Theme> Themes { get; init; }
        public required List<Table> Tables { get; init; }
        public bool Anonymous { get; init; }

        public bool Visible(ContentEntity? e) => e is not null && e.DeletedAt is null && (!Anonymous || e.Status == PublicationStatus.Published);

        public IEnumerable<Idea> VisibleIdeas => Ideas.Where(Visible);

        public IEnumerable<T> V<T>(IEnumerable<T> items) where T : ContentEntity => items.Where(Visible);

        public static async Task<Model> LoadAsync(TestDatabase database, bool anonymous)
        {
            await using var db = database.CreateContext();
            var dialogues = await db.Dialogues.IgnoreQueryFilters().Where(d => d.Slug.StartsWith("trl-")).ToListAsync();
            var ids = dialogues.Select(d => d.Id).ToArray();
            var themes = await db.Themes.IgnoreQueryFilters().Include(t => t.Parent).Include(t => t.Ideas).Include(t => t.Stories).ToListAsync();
            var tables = await db.Tables.IgnoreQueryFilters().Where(t => ids.Contains(t.DialogueId)).ToListAsync();
            var ideas = await db.Ideas.IgnoreQueryFilters().Where(i => ids.Contains(i.DialogueId))
                .Include(i => i.Themes).Include(i => i.AnsweredStories).ToListAsync();
            var stories = await db.Stories.IgnoreQueryFilters().Where(s => ids.Contains(s.DialogueId)).Include(s => s.Themes).Include(s => s.Ideas).ToListAsync();
            // Wire the references by hand (NoTracking: no fix-up).
            foreach (var i in ideas)
            {
                i.Dialogue = dialogues.Single(d => d.Id == i.DialogueId);
                i.Table = tables.SingleOrDefault(t => t.Id == i.TableId);
                i.Themes = i.Themes.Select(t => themes.Single(x => x.Id == t.Id)).ToList();
                i.AnsweredStories = i.AnsweredStories.Select(s => stories.Single(x => x.Id == s.Id)).ToList();
            }
            foreach (var s in stories)
            {
                s.Dialogue = dialogues.Single(d => d.Id == s.DialogueId);
                s.Table = tables.SingleOrDefault(t => t.Id == s.TableId);
                s.Ideas = s.Ideas.Select(x => ideas.Single(y => y.Id == x.Id)).ToList();
            }
            foreach (var t in tables)
            {
                t.Dialogue = dialogues.Single(d => d.Id == t.DialogueId);
                t.Ideas = ideas.Where(i => i.TableId == t.Id).ToList();
            }
            foreach (var d in dialogues)
            {
                d.Theme = themes.SingleOrDefault(t => t.Id == d.ThemeId);
                d.Ideas = ideas.Where(i => i.DialogueId == d.Id).ToList();
                d.Tables = tables.Where(t => t.DialogueId == d.Id).ToList();
            }
            foreach (var t in themes)
            {
                t.Parent = themes.SingleOrDefault(x => x.Id == t.ParentId);
                t.Ideas = ideas.Where(i => i.Themes.Any(x => x.Id == t.Id)).ToList();
            }
            return new Model { Ideas = ideas, Stories = stories, Dialogues = dialogues, Themes = themes, Tables = tables, Anonymous = anonymous };
        }
    }
}
