using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Seed;

/// <summary>
/// The built-in seed: the real structure of the 2021 programme "Nederland na de crisis" (watisjouwidee.nl)
/// as described in /work/shared/docs/programme-2021.md — themes, participant groups, dialogue series,
/// reports, the one known table and a few paraphrased stories and ideas. Texts are written for this
/// project; facts and figures come from the sources that document names.
/// </summary>
/// <remarks>
/// Runs once per <see cref="Version"/> (recorded in the table <c>seed_history</c>): after that, editors
/// own the content, and deleting or editing seeded rows is never undone by a restart. Within a run it
/// is idempotent and conservative: rows are matched on natural keys, deleted rows included, (slug for themes, participant groups and
/// dialogues; dialogue + title for reports, tables, stories and ideas) and only missing rows are inserted.
/// Existing rows — including editors' later changes to seeded rows — are left as they are, and links
/// (themes, participant counts, answered stories) are only set on rows the seed creates. Everything runs
/// in one transaction (or in the caller's, when one is open), serialised by a transaction-level advisory
/// lock so that two seeders cannot insert the same rows twice. Every seeded content row is
/// <see cref="PublicationStatus.Published"/>.
/// </remarks>
public static class ProgrammeSeed
{
    /// <summary>Name of the seed in <c>seed_history</c>.</summary>
    public const string Name = "programme-2021";

    /// <summary>Version of the seed's content; a database that has it is not seeded again.</summary>
    public const string Version = "v1";

    /// <summary>Key of the PostgreSQL advisory lock held while seeding.</summary>
    private const long AdvisoryLockKey = 2021_0212_0001;

    /// <summary>Inserts whatever part of the 2021 programme is missing from the database.</summary>
    public static async Task ApplyAsync(DialoogtafelsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            var ownTransaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(ct)
                : null;
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
                var applied = await db.Database.SqlQuery<string>($"SELECT version AS \"Value\" FROM seed_history WHERE name = {Name}").ToListAsync(ct);
                if (applied.Contains(Version))
                {
                    if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
                    return;
                }

                var themes = await SeedThemesAsync(db, ct);
                var groups = await SeedGroupsAsync(db, ct);
                var dialogues = await SeedDialoguesAsync(db, themes, ct);
                await SeedReportsAsync(db, dialogues, ct);
                await SeedTablesAsync(db, dialogues, themes, groups, ct);
                var stories = await SeedStoriesAsync(db, dialogues, themes, ct);
                await SeedIdeasAsync(db, dialogues, themes, stories, ct);
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO seed_history (name, version) VALUES ({Name}, {Version}) ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, applied_at = now()", ct);
                if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            }
            finally
            {
                if (ownTransaction is not null) await ownTransaction.DisposeAsync();
            }
        }, cancellationToken);
    }

    private static async Task<Dictionary<string, Theme>> SeedThemesAsync(DialoogtafelsDbContext db, CancellationToken ct)
    {
        var slugs = SeedThemes.All.Select(t => t.Slug).ToList();
        var bySlug = await db.Themes.IgnoreQueryFilters().AsTracking().Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, ct);
        foreach (var seed in SeedThemes.All)
        {
            if (bySlug.ContainsKey(seed.Slug)) continue;
            var theme = new Theme
            {
                Name = seed.Name,
                Slug = seed.Slug,
                Description = seed.Description,
                Parent = seed.ParentSlug is null ? null : bySlug[seed.ParentSlug],
                Status = PublicationStatus.Published,
            };
            db.Themes.Add(theme);
            bySlug[seed.Slug] = theme;
        }

        await db.SaveChangesAsync(ct);
        return bySlug;
    }

    private static async Task<Dictionary<string, ParticipantGroup>> SeedGroupsAsync(DialoogtafelsDbContext db, CancellationToken ct)
    {
        var slugs = SeedParticipantGroups.All.Select(g => g.Slug).ToList();
        var bySlug = await db.ParticipantGroups.IgnoreQueryFilters().AsTracking().Where(g => slugs.Contains(g.Slug)).ToDictionaryAsync(g => g.Slug, ct);
        foreach (var seed in SeedParticipantGroups.All)
        {
            if (bySlug.ContainsKey(seed.Slug)) continue;
            var group = new ParticipantGroup
            {
                Name = seed.Name,
                Slug = seed.Slug,
                Description = seed.Description,
                Status = PublicationStatus.Published,
            };
            db.ParticipantGroups.Add(group);
            bySlug[seed.Slug] = group;
        }

        await db.SaveChangesAsync(ct);
        return bySlug;
    }

    private static async Task<Dictionary<string, Dialogue>> SeedDialoguesAsync(
        DialoogtafelsDbContext db, Dictionary<string, Theme> themes, CancellationToken ct)
    {
        var slugs = SeedDialogues.All.Select(d => d.Slug).ToList();
        var bySlug = await db.Dialogues.IgnoreQueryFilters().AsTracking().Where(d => slugs.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, ct);
        foreach (var seed in SeedDialogues.All)
        {
            if (bySlug.ContainsKey(seed.Slug)) continue;
            var dialogue = new Dialogue
            {
                Title = seed.Title,
                Slug = seed.Slug,
                Description = seed.Description,
                Track = seed.Track,
                Phase = seed.Phase,
                PeriodStart = seed.PeriodStart,
                PeriodEnd = seed.PeriodEnd,
                Organiser = SeedDialogues.Organiser,
                Theme = seed.ThemeSlug is null ? null : themes[seed.ThemeSlug],
                Status = PublicationStatus.Published,
            };
            db.Dialogues.Add(dialogue);
            bySlug[seed.Slug] = dialogue;
        }

        await db.SaveChangesAsync(ct);
        return bySlug;
    }

    private static async Task SeedReportsAsync(DialoogtafelsDbContext db, Dictionary<string, Dialogue> dialogues, CancellationToken ct)
    {
        var ids = dialogues.Values.Select(d => d.Id).ToList();
        var existing = (await db.Reports.IgnoreQueryFilters().Where(r => ids.Contains(r.DialogueId)).Select(r => new { r.DialogueId, r.Title }).ToListAsync(ct))
            .Select(r => (r.DialogueId, r.Title)).ToHashSet();
        foreach (var seed in SeedDialogues.Reports)
        {
            var dialogue = dialogues[seed.DialogueSlug];
            if (!existing.Add((dialogue.Id, seed.Title))) continue;
            db.Reports.Add(new Report
            {
                DialogueId = dialogue.Id,
                Title = seed.Title,
                PublishedOn = seed.PublishedOn,
                Url = seed.Url,
                Summary = seed.Summary,
                Status = PublicationStatus.Published,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task SeedTablesAsync(
        DialoogtafelsDbContext db,
        Dictionary<string, Dialogue> dialogues,
        Dictionary<string, Theme> themes,
        Dictionary<string, ParticipantGroup> groups,
        CancellationToken ct)
    {
        var ids = dialogues.Values.Select(d => d.Id).ToList();
        var titles = SeedDialogues.Tables.Select(t => t.Title).ToList(); // only the seed's own rows, however large the table
        var existing = (await db.Tables.IgnoreQueryFilters().Where(t => ids.Contains(t.DialogueId) && titles.Contains(t.Title)).Select(t => new { t.DialogueId, t.Title }).ToListAsync(ct))
            .Select(t => (t.DialogueId, t.Title)).ToHashSet();
        foreach (var seed in SeedDialogues.Tables)
        {
            var dialogue = dialogues[seed.DialogueSlug];
            if (!existing.Add((dialogue.Id, seed.Title))) continue;
            db.Tables.Add(new Table
            {
                DialogueId = dialogue.Id,
                Title = seed.Title,
                Date = seed.Date,
                Format = seed.Format,
                HostRole = seed.HostRole,
                Municipality = seed.Municipality,
                ParticipantCount = seed.ParticipantCount,
                ParticipantGroups = seed.Groups
                    .Select(g => new TableParticipantGroup { ParticipantGroup = groups[g.GroupSlug], Count = g.Count })
                    .ToList(),
                Themes = seed.ThemeSlugs.Select(s => themes[s]).ToList(),
                Status = PublicationStatus.Published,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task<Dictionary<string, Story>> SeedStoriesAsync(
        DialoogtafelsDbContext db, Dictionary<string, Dialogue> dialogues, Dictionary<string, Theme> themes, CancellationToken ct)
    {
        var ids = dialogues.Values.Select(d => d.Id).ToList();
        var titles = SeedContent.Stories.Select(s => s.Title).ToList();
        var existing = await db.Stories.IgnoreQueryFilters().AsTracking().Where(s => ids.Contains(s.DialogueId) && titles.Contains(s.Title)).OrderBy(s => s.Id).ToListAsync(ct);
        var byKey = new Dictionary<(int, string), Story>();
        foreach (var story in existing) byKey.TryAdd((story.DialogueId, story.Title), story);

        // Stories are named by title within the seed (titles are unique there), keyed in the database by dialogue + title.
        var byTitle = new Dictionary<string, Story>();
        foreach (var seed in SeedContent.Stories)
        {
            var dialogue = dialogues[seed.DialogueSlug];
            if (!byKey.TryGetValue((dialogue.Id, seed.Title), out var story))
            {
                story = new Story
                {
                    DialogueId = dialogue.Id,
                    Kind = seed.Kind,
                    Title = seed.Title,
                    Body = seed.Body,
                    IsParaphrase = true,
                    Themes = seed.ThemeSlugs.Select(s => themes[s]).ToList(),
                    Status = PublicationStatus.Published,
                };
                db.Stories.Add(story);
                byKey[(dialogue.Id, seed.Title)] = story;
            }

            byTitle[seed.Title] = story;
        }

        await db.SaveChangesAsync(ct);
        return byTitle;
    }

    private static async Task SeedIdeasAsync(
        DialoogtafelsDbContext db,
        Dictionary<string, Dialogue> dialogues,
        Dictionary<string, Theme> themes,
        Dictionary<string, Story> stories,
        CancellationToken ct)
    {
        var ids = dialogues.Values.Select(d => d.Id).ToList();
        var titles = SeedContent.Ideas.Select(i => i.Title).ToList();
        var existing = (await db.Ideas.IgnoreQueryFilters().Where(i => ids.Contains(i.DialogueId) && titles.Contains(i.Title)).Select(i => new { i.DialogueId, i.Title }).ToListAsync(ct))
            .Select(i => (i.DialogueId, i.Title)).ToHashSet();
        foreach (var seed in SeedContent.Ideas)
        {
            var dialogue = dialogues[seed.DialogueSlug];
            if (!existing.Add((dialogue.Id, seed.Title))) continue;
            db.Ideas.Add(new Idea
            {
                DialogueId = dialogue.Id,
                Title = seed.Title,
                Description = seed.Description,
                ProposedActors = seed.ProposedActors.ToList(),
                Source = IdeaSource.Table,
                IsParaphrase = true,
                Themes = seed.ThemeSlugs.Select(s => themes[s]).ToList(),
                AnsweredStories = seed.AnswersStoryTitles.Select(t => stories[t]).ToList(),
                Status = PublicationStatus.Published,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
