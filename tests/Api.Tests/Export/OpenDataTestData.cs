using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// A published dialogue <see cref="Slug"/> whose ideas and stories hold awkward text (quotes, semicolons,
/// commas, CR/LF, Dutch diacritics, an emoji, a leading formula sign, spaces at both ends), plus a draft
/// and a deleted item of each kind, which may never appear, and a published item of a draft dialogue of
/// each kind, which is public while its dialogue never appears (ContentVisibility).
/// </summary>
public static class OpenDataTestData
{
    public const string Slug = "open-data-test";
    public const string DraftDialogueSlug = "open-data-concept";

    /// <summary>Marks every item that must not be exported; the word is unique in the database.</summary>
    public const string Hidden = "Verborgenxyz";

    /// <summary>A word only the first awkward idea and story contain, for search tests.</summary>
    public const string SearchWord = "fietsenstalling";

    public static readonly string[] AwkwardTitles =
    [
        "Fietsenstalling \"De Kaai\"; met, komma's",
        "=SOM(A1) is geen formule",
        " Spaties vooraan en achteraan ",
        "Geïmporteerd café – één zoë 🚲",
    ];

    public static readonly string?[] AwkwardTexts =
    [
        "Regel één\r\nRegel twee\nRegel drie met \"aanhalingstekens\"; en, komma\rna een losse CR",
        "\"\"",
        null,
        "Ærø, Škoda & <b>vet</b> ' ; \t tab",
    ];

    /// <summary>Adds the data once (xunit creates the class fixture's database once, but calls this per test).</summary>
    public static async Task AddAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (await db.Dialogues.AnyAsync(d => d.Slug == Slug)) return;
        var theme = new Theme { Name = "Wonen, werken; leren", Slug = "open-data-wonen", Status = PublicationStatus.Published };
        var draftTheme = new Theme { Name = Hidden + " thema", Slug = "open-data-concept-thema" };
        var dialogue = new Dialogue { Title = "Open data: \"test\"; één", Slug = Slug, Track = DialogueTrack.CivilSociety, Status = PublicationStatus.Published };
        var table = new Table { Dialogue = dialogue, Title = "Tafel, \"één\"", Status = PublicationStatus.Published };
        var draftDialogue = new Dialogue { Title = Hidden + " dialoog", Slug = DraftDialogueSlug, Track = DialogueTrack.Citizens };
        for (var i = 0; i < AwkwardTitles.Length; i++)
        {
            db.Add(new Idea
            {
                Dialogue = dialogue, Table = i == 0 ? table : null, Title = AwkwardTitles[i], Description = AwkwardTexts[i],
                Themes = i == 0 ? [theme, draftTheme] : [theme], Status = PublicationStatus.Published,
                ProposedActors = i == 0 ? [ProposedActor.Government, ProposedActor.Society] : [ProposedActor.CivilSociety],
                SupportCount = 10 + i, CostEstimate = i == 0 ? 1234.5m : null, Source = IdeaSource.Online,
                ExternalReference = i == 0 ? "ref;1,\"a\"" : null,
            });
            db.Add(new Story
            {
                Dialogue = dialogue, Table = i == 0 ? table : null, Title = AwkwardTitles[i], Body = AwkwardTexts[i],
                Kind = i % 2 == 0 ? StoryKind.Concern : StoryKind.Opportunity, Themes = [theme], Status = PublicationStatus.Published,
            });
        }

        db.Add(new Idea { Dialogue = dialogue, Title = Hidden + " concept-idee " + SearchWord, Themes = [theme], SupportCount = 1_000_000 });
        db.Add(new Story { Dialogue = dialogue, Title = Hidden + " concept-verhaal " + SearchWord, Themes = [theme] });
        db.Add(new Idea { Dialogue = dialogue, Title = Hidden + " verwijderd idee", Status = PublicationStatus.Published, DeletedAt = DateTimeOffset.UtcNow, SupportCount = 1_000_000 });
        db.Add(new Story { Dialogue = dialogue, Title = Hidden + " verwijderd verhaal", Status = PublicationStatus.Published, DeletedAt = DateTimeOffset.UtcNow });
        db.Add(new Idea { Dialogue = draftDialogue, Title = "Gepubliceerd idee in een concept-dialoog", Status = PublicationStatus.Published, SupportCount = 3 });
        db.Add(new Story { Dialogue = draftDialogue, Title = "Gepubliceerd verhaal in een concept-dialoog", Status = PublicationStatus.Published });
        await db.SaveChangesAsync();
    }
}
