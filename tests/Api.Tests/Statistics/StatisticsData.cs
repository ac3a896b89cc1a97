using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;

namespace Dialoogtafels.Api.Tests.Statistics;

/// <summary>
/// Content for the statistics tests, all with slugs starting "stat-": a theme hierarchy three levels
/// deep (Mobiliteit › Fiets › Fietspad, Mobiliteit › OV, Groen › a draft theme), two published
/// dialogues and a draft one, tables with participant groups, ideas and stories with several themes
/// and actors, drafts that must never count, and text about bicycles, buses and trees for the term
/// and similarity tests. Idempotent: xunit runs a class's <c>InitializeAsync</c> before each test.
/// </summary>
public static class StatisticsData
{
    /// <summary>Slug of the citizens' dialogue (track CITIZENS, phase EXPLORATION).</summary>
    public const string Citizens = "stat-burgers";

    /// <summary>Slug of the local dialogue (track LOCAL, phase THEME).</summary>
    public const string Local = "stat-lokaal";

    /// <summary>Slug of the draft dialogue (one published idea in it).</summary>
    public const string DraftDialogue = "stat-concept";

    public static async Task AddAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (db.Dialogues.Any(d => d.Slug == Citizens)) return;

        var mobiliteit = Theme("stat-mobiliteit", "Mobiliteit", null);
        var fiets = Theme("stat-fiets", "Fiets", mobiliteit);
        var fietspad = Theme("stat-fietspad", "Fietspad", fiets);
        var ov = Theme("stat-ov", "Openbaar vervoer", mobiliteit);
        var groen = Theme("stat-groen", "Groen", null);
        var conceptThema = Theme("stat-concept-thema", "Concept thema", groen, PublicationStatus.Draft);

        var jongeren = new ParticipantGroup { Name = "Stat jongeren", Slug = "stat-jongeren", Status = PublicationStatus.Published };
        var ondernemers = new ParticipantGroup { Name = "Stat ondernemers", Slug = "stat-ondernemers", Status = PublicationStatus.Published };

        var citizens = Dialogue(Citizens, "Stat burgerdialoog", DialogueTrack.Citizens, DialoguePhase.Exploration, PublicationStatus.Published);
        var local = Dialogue(Local, "Stat lokale dialoog", DialogueTrack.Local, DialoguePhase.Theme, PublicationStatus.Published);
        var draftDialogue = Dialogue(DraftDialogue, "Stat conceptdialoog", DialogueTrack.Science, DialoguePhase.Theme, PublicationStatus.Draft);

        var tafelA = Table(citizens, "Stat tafel A", PublicationStatus.Published, jongeren, ondernemers);
        var tafelB = Table(citizens, "Stat tafel B", PublicationStatus.Published);
        var tafelC = Table(local, "Stat tafel C", PublicationStatus.Published, jongeren);
        var conceptTafel = Table(local, "Stat concepttafel", PublicationStatus.Draft, ondernemers);
        db.AddRange(tafelA, tafelB, tafelC, conceptTafel, draftDialogue);

        Idea(citizens, tafelA, "Fietsenstalling bij het station", "Meer plek om de fiets veilig te stallen, want fietsen naar de trein moet makkelijk zijn.",
            [ProposedActor.Government], fietspad, ov);
        Idea(citizens, tafelA, "Veilige fietsroutes naar school", "Kinderen fietsen veilig naar school over een vrijliggend fietspad; de fiets krijgt voorrang.",
            [ProposedActor.Society, ProposedActor.Government], fiets);
        Idea(citizens, tafelB, "Fietsen leren voor nieuwkomers", "Vrijwilligers leren nieuwkomers fietsen; een fiets geeft vrijheid in de wijk.",
            [ProposedActor.Society, ProposedActor.CivilSociety], fiets);
        Idea(citizens, tafelB, "Deelfietsen in het dorp", "Een deelfiets bij de bushalte, zodat fietsen en bus samen werken.",
            [ProposedActor.Government], fiets, ov);
        Idea(citizens, tafelB, "Een buslijn naar het dorp", "De bus rijdt weer elk uur naar het dorp en het station.",
            [], ov, groen);
        Idea(local, null, "Bomen in de straat", "Meer bomen en groene perken koelen de straat in de zomer.",
            [ProposedActor.CivilSociety], groen);
        Idea(local, tafelC, "Buurtmoestuin op het plein", "Bewoners maken samen een moestuin met bomen en bloemen.",
            [ProposedActor.Society], groen);
        Idea(local, tafelC, "Een idee zonder thema", "Over iets heel anders: de bibliotheek langer open.",
            [ProposedActor.Society]);
        Idea(local, tafelC, "Idee bij een conceptthema", "Een idee met alleen een thema dat nog niet gepubliceerd is.",
            [ProposedActor.Government], conceptThema);
        Idea(local, conceptTafel, "Idee van een concepttafel", "Een idee van een tafel die nog niet gepubliceerd is.",
            [], groen);
        Idea(draftDialogue, null, "Idee uit een conceptdialoog", "Een gepubliceerd idee uit een dialoog die nog concept is.",
            [ProposedActor.Government], groen);
        IdeaWith(citizens, tafelA, "Concept: veilige fietsroutes naar school", "Kinderen fietsen veilig naar school over een vrijliggend fietspad.",
            [ProposedActor.Government], [fiets, groen], PublicationStatus.Draft);

        Story(citizens, tafelA, StoryKind.Concern, "Fietsenstalling altijd vol", "De fiets kan nergens meer staan bij het station.", fietspad);
        Story(citizens, tafelB, StoryKind.Concern, "Bus rijdt niet meer", "Sinds de crisis rijdt de bus niet meer naar het dorp.", ov);
        Story(citizens, tafelB, StoryKind.Opportunity, "Meer mensen op de fiets", "In de crisis pakten meer mensen de fiets.", fiets, groen);
        Story(local, tafelC, StoryKind.Opportunity, "Groene pleinen", "Pleinen werden groener en mensen bleven buiten.", groen);
        Story(local, null, StoryKind.Opportunity, "Samen in de buurt", "Buren hielpen elkaar vaker.");
        StoryWith(citizens, tafelA, StoryKind.Concern, "Concept: fietspad te smal", "Nog niet gepubliceerd.", [fiets], PublicationStatus.Draft);

        await db.SaveChangesAsync();
        return;

        Theme Theme(string slug, string name, Theme? parent, PublicationStatus status = PublicationStatus.Published) =>
            new() { Slug = slug, Name = name, Parent = parent, Status = status };

        Dialogue Dialogue(string slug, string title, DialogueTrack track, DialoguePhase phase, PublicationStatus status) =>
            new() { Slug = slug, Title = title, Track = track, Phase = phase, Status = status };

        Table Table(Dialogue dialogue, string title, PublicationStatus status, params ParticipantGroup[] groups)
        {
            var table = new Table { Dialogue = dialogue, Title = title, Status = status };
            table.ParticipantGroups = groups.Select(g => new TableParticipantGroup { Table = table, ParticipantGroup = g, Count = 3 }).ToList();
            return table;
        }

        void Idea(Dialogue dialogue, Table? table, string title, string description, ProposedActor[] actors, params Theme[] themes) =>
            IdeaWith(dialogue, table, title, description, actors, themes, PublicationStatus.Published);

        void IdeaWith(Dialogue dialogue, Table? table, string title, string description, ProposedActor[] actors, Theme[] themes, PublicationStatus status) =>
            db.Add(new Idea
            {
                Dialogue = dialogue, Table = table, Title = title, Description = description, ProposedActors = [.. actors],
                Themes = [.. themes], Status = status,
            });

        void Story(Dialogue dialogue, Table? table, StoryKind kind, string title, string body, params Theme[] themes) =>
            StoryWith(dialogue, table, kind, title, body, themes, PublicationStatus.Published);

        void StoryWith(Dialogue dialogue, Table? table, StoryKind kind, string title, string body, Theme[] themes, PublicationStatus status) =>
            db.Add(new Story { Dialogue = dialogue, Table = table, Kind = kind, Title = title, Body = body, Themes = [.. themes], Status = status });
    }
}
