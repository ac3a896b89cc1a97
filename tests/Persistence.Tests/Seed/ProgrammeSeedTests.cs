using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Persistence.Seed;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Seed;

/// <summary>The built-in seed of the 2021 programme, applied to an empty migrated database.</summary>
public class ProgrammeSeedTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private async Task SeedAsync()
    {
        await using var db = database.CreateContext();
        await ProgrammeSeed.ApplyAsync(db);
    }

    [Fact]
    public async Task Applying_twice_inserts_everything_once_and_then_changes_nothing()
    {
        await SeedAsync();
        var first = await SeedCounts.SnapshotAsync(database);
        await SeedAsync();
        var second = await SeedCounts.SnapshotAsync(database);

        Assert.Equal(first, second);
        Assert.Equal(SeedCounts.Expected, first.Counts);
    }

    [Fact]
    public async Task Six_synthesis_themes_on_top_with_the_series_themes_below()
    {
        await SeedAsync();
        await using var db = database.CreateContext();
        var themes = await db.Themes.Include(t => t.Parent).ToListAsync();

        Assert.Equal(
            [
                "Bestuurlijke verhoudingen en inclusieve besluitvorming", "Duurzaam economisch herstel",
                "Gezonde mensen in een groene leefomgeving", "Nieuwe ongelijkheden",
                "Nieuwe werken/leven in een blended samenleving", "Sociale en mentale veerkracht",
            ],
            themes.Where(t => t.ParentId is null).Select(t => t.Name).Order(StringComparer.Ordinal));

        var parentOf = themes.Where(t => t.Parent is not null).ToDictionary(t => t.Name, t => t.Parent!.Name);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Gezondheid"] = "Gezonde mensen in een groene leefomgeving",
            ["Natuur en milieu"] = "Gezonde mensen in een groene leefomgeving",
            ["Geluk en ontspanning"] = "Sociale en mentale veerkracht",
            ["Onderwijs en werk"] = "Nieuwe werken/leven in een blended samenleving",
            ["Samen leven"] = "Sociale en mentale veerkracht",
            ["Samenleving: cohesie en vertrouwen"] = "Nieuwe ongelijkheden",
            ["Vitaliteit & gezondheid"] = "Gezonde mensen in een groene leefomgeving",
            ["Korte-termijnmaatregelen voor lange-termijntransitie"] = "Duurzaam economisch herstel",
            ["Economisch herstel en brede welvaart"] = "Duurzaam economisch herstel",
            ["Bestuurlijke veerkracht"] = "Bestuurlijke verhoudingen en inclusieve besluitvorming",
        }, parentOf);

        // Two levels only, and every child says its placement is an editorial choice.
        Assert.All(themes.Where(t => t.Parent is not null), t =>
        {
            Assert.Null(t.Parent!.ParentId);
            Assert.Contains("redactionele keuze", t.Description);
        });
    }

    [Fact]
    public async Task Dialogues_follow_the_strands_and_phases_of_the_programme()
    {
        await SeedAsync();
        await using var db = database.CreateContext();
        var dialogues = await db.Dialogues.Include(d => d.Theme).ToListAsync();

        Assert.Equal(6, dialogues.Count(d => d.Track == DialogueTrack.Citizens));
        Assert.Equal(5, dialogues.Count(d => d.Track == DialogueTrack.CivilSociety));
        Assert.Equal(5, dialogues.Count(d => d.Track == DialogueTrack.Science));
        Assert.Equal(1, dialogues.Count(d => d.Track == DialogueTrack.Local));
        Assert.All(dialogues, d =>
        {
            Assert.True(Slugs.IsValid(d.Slug), d.Slug);
            Assert.Equal("Rijksoverheid (DG Samenleving en COVID-19, ministerie van Justitie en Veiligheid)", d.Organiser);
            Assert.Equal(d.Phase == DialoguePhase.Theme, d.ThemeId is not null);
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
        });

        var exploration = dialogues.Single(d => d.Slug == "verkenningsdialogen-burgers");
        Assert.Equal((DialogueTrack.Citizens, DialoguePhase.Exploration), (exploration.Track, exploration.Phase));
        Assert.Equal(new DateOnly(2021, 2, 1), exploration.PeriodStart);
        Assert.Equal(new DateOnly(2021, 5, 31), exploration.PeriodEnd);
        Assert.Contains("600", exploration.Description);

        var health = dialogues.Single(d => d.Slug == "themadialoog-gezondheid");
        Assert.Equal((DialogueTrack.Citizens, DialoguePhase.Theme, "Gezondheid"), (health.Track, health.Phase, health.Theme!.Name));
        Assert.Null(health.PeriodStart);

        Assert.Equal(
            ["geluk-en-ontspanning", "gezondheid", "natuur-en-milieu", "onderwijs-en-werk", "samen-leven"],
            dialogues.Where(d => d.Track == DialogueTrack.Citizens && d.Phase == DialoguePhase.Theme)
                .Select(d => d.Theme!.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(
            dialogues.Where(d => d.Track == DialogueTrack.CivilSociety).Select(d => d.Theme!.Slug).Order(StringComparer.Ordinal),
            dialogues.Where(d => d.Track == DialogueTrack.Science).Select(d => d.Theme!.Slug).Order(StringComparer.Ordinal));
        Assert.All(dialogues.Where(d => d.Track == DialogueTrack.CivilSociety), d => Assert.Contains("128", d.Description));
        Assert.All(dialogues.Where(d => d.Track == DialogueTrack.Science), d => Assert.Contains("50 wetenschappers", d.Description));

        var local = dialogues.Single(d => d.Track == DialogueTrack.Local);
        Assert.Equal(("dialoogtafels-met-burgemeesters-en-wethouders", DialoguePhase.Exploration), (local.Slug, local.Phase));
        Assert.Contains("41", local.Description);
    }

    [Fact]
    public async Task The_Tubbergen_table_has_no_date_and_a_host_role()
    {
        await SeedAsync();
        await using var db = database.CreateContext();
        var table = await db.Tables
            .Include(t => t.Dialogue)
            .Include(t => t.ParticipantGroups).ThenInclude(g => g.ParticipantGroup)
            .SingleAsync(t => t.Municipality == "Tubbergen");

        Assert.Null(table.Date);
        Assert.Equal("burgemeester van Tubbergen", table.HostRole);
        Assert.Equal(TableFormat.Online, table.Format);
        Assert.Equal(DialogueTrack.Local, table.Dialogue!.Track);
        Assert.Equal(17, table.ParticipantCount);
        var group = Assert.Single(table.ParticipantGroups);
        Assert.Equal(("inwoners", 17), (group.ParticipantGroup!.Slug, group.Count));
        Assert.Equal(table.ParticipantCount, table.ParticipantGroups.Sum(g => g.Count));
    }

    [Fact]
    public async Task Reports_are_present_with_their_known_dates()
    {
        await SeedAsync();
        await using var db = database.CreateContext();
        var reports = await db.Reports.Include(r => r.Dialogue).ToDictionaryAsync(r => r.Title);

        Assert.Equal(4, reports.Count);
        Assert.Null(reports["Rode draden 'overall'"].PublishedOn);
        Assert.Null(reports["Rode draden burgerdialogen"].PublishedOn);
        var final = reports["Nederland na de crisis: Perspectief voor en door de samenleving"];
        Assert.Equal(new DateOnly(2021, 7, 12), final.PublishedOn);
        Assert.Contains("34 pagina's", final.Summary);
        Assert.Equal(new DateOnly(2021, 12, 23), reports["Domeinoverstijgende herstelopgaven"].PublishedOn);
        Assert.Contains("12 essays", reports["Domeinoverstijgende herstelopgaven"].Summary);
        Assert.All(reports.Values, r =>
        {
            Assert.Equal("verkenningsdialogen-burgers", r.Dialogue!.Slug);
            Assert.Null(r.Url);
        });
    }

    [Fact]
    public async Task Stories_and_ideas_are_marked_paraphrases_of_reported_findings()
    {
        await SeedAsync();
        await using var db = database.CreateContext();
        var stories = await db.Stories.Include(s => s.Themes).ToListAsync();
        var ideas = await db.Ideas.Include(i => i.Themes).Include(i => i.AnsweredStories).Include(i => i.Dialogue).ToListAsync();

        Assert.Equal(1, stories.Count(s => s.Kind == StoryKind.Concern));
        Assert.Equal(2, stories.Count(s => s.Kind == StoryKind.Opportunity));
        Assert.All(stories, s =>
        {
            Assert.True(s.IsParaphrase);
            Assert.StartsWith("Parafrase van een gerapporteerde bevinding (bron: vng.nl)", s.Body);
            Assert.NotEmpty(s.Themes);
        });
        Assert.All(ideas, i =>
        {
            Assert.True(i.IsParaphrase);
            Assert.Equal(IdeaSource.Table, i.Source);
            Assert.StartsWith("Parafrase van een gerapporteerde bevinding (bron: vng.nl)", i.Description);
            Assert.NotEmpty(i.Themes);
            Assert.NotEmpty(i.AnsweredStories);
            Assert.NotEmpty(i.ProposedActors);
        });

        var work = ideas.Single(i => i.Dialogue!.Slug == "themadialoog-onderwijs-en-werk");
        Assert.Equal([ProposedActor.CivilSociety], work.ProposedActors);
        var together = ideas.Single(i => i.Dialogue!.Slug == "themadialoog-samen-leven");
        Assert.Equal("We moeten het samen doen", together.Title);
        Assert.Equal([ProposedActor.Society], together.ProposedActors);
        var bubble = ideas.Single(i => i.Dialogue!.Slug == "verkenningsdialogen-burgers");
        Assert.Equal([ProposedActor.Society], bubble.ProposedActors);
        Assert.Contains(bubble.AnsweredStories, s => s.Title == "Mensen ontmoeten buiten de eigen bubbel");
    }

    [Fact]
    public async Task Every_seeded_row_is_published_and_every_slug_is_valid()
    {
        await SeedAsync();
        await using var db = database.CreateContext();

        Assert.All(await db.Themes.ToListAsync(), t => Assert.Equal(PublicationStatus.Published, t.Status));
        Assert.All(await db.Reports.ToListAsync(), r => Assert.Equal(PublicationStatus.Published, r.Status));
        Assert.All(await db.ParticipantGroups.ToListAsync(), g => Assert.Equal(PublicationStatus.Published, g.Status));
        Assert.All(await db.Dialogues.ToListAsync(), d => Assert.Equal(PublicationStatus.Published, d.Status));
        Assert.All(await db.Tables.ToListAsync(), t => Assert.Equal(PublicationStatus.Published, t.Status));
        Assert.All(await db.Stories.ToListAsync(), s => Assert.Equal(PublicationStatus.Published, s.Status));
        Assert.All(await db.Ideas.ToListAsync(), i => Assert.Equal(PublicationStatus.Published, i.Status));

        Assert.All(await db.Themes.Select(t => t.Slug).ToListAsync(), s => Assert.True(Slugs.IsValid(s), s));
        Assert.All(await db.ParticipantGroups.Select(g => g.Slug).ToListAsync(), s => Assert.True(Slugs.IsValid(s), s));
        Assert.Equal(
            ["inwoners", "jongeren", "lokale-bestuurders", "maatschappelijke-organisaties", "ondernemers", "pioniers", "wetenschappers"],
            (await db.ParticipantGroups.Select(g => g.Slug).ToListAsync()).Order(StringComparer.Ordinal));
    }
}
