using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Persistence.Seed;

/// <summary>One story of the built-in seed; always a paraphrase of a reported finding.</summary>
internal sealed record StorySeed(string DialogueSlug, StoryKind Kind, string Title, string Body, IReadOnlyList<string> ThemeSlugs);

/// <summary>
/// One idea of the built-in seed; always a paraphrase of a reported finding, recorded at a table
/// (<see cref="IdeaSource.Table"/>). <see cref="AnswersStoryTitles"/> names seeded stories by title.
/// </summary>
internal sealed record IdeaSeed(
    string DialogueSlug,
    string Title,
    string Description,
    IReadOnlyList<ProposedActor> ProposedActors,
    IReadOnlyList<string> ThemeSlugs,
    IReadOnlyList<string> AnswersStoryTitles);

/// <summary>
/// Stories and ideas paraphrasing the findings reported about the 2021 programme
/// (source: /work/shared/docs/programme-2021.md, "Reported findings", which cites two vng.nl pages).
/// </summary>
/// <remarks>
/// No public dataset of individual stories or ideas exists, so these few rows are not participants' words:
/// each text opens with <see cref="ParaphraseNote"/>. Stories hang on the exploratory citizens' series,
/// where knel- and kiemverhalen were collected; ideas reported for a named table hang on that theme series.
/// The links from ideas to the stories they answer are an editorial reading of this seed.
/// </remarks>
internal static class SeedContent
{
    /// <summary>Opening of every seeded story body and idea description.</summary>
    public const string ParaphraseNote = "Parafrase van een gerapporteerde bevinding (bron: vng.nl).";

    public const string Tweedeling = "Een groeiende tweedeling: winnaars en verliezers van de crisis";
    public const string RustEnRuimte = "Rust, flexibiliteit, een gezondere leefstijl en meer tijd in de natuur vasthouden";
    public const string BuitenDeBubbel = "Mensen ontmoeten buiten de eigen bubbel";

    public static IReadOnlyList<StorySeed> Stories { get; } =
    [
        new(SeedDialogues.VerkenningsdialogenBurgers, StoryKind.Concern, Tweedeling,
            $"{ParaphraseNote} Deelnemers zien de samenleving verder uit elkaar groeien. Het gevoel leeft dat de crisis "
            + "winnaars en verliezers heeft voortgebracht.",
            [SeedThemes.NieuweOngelijkheden, SeedThemes.SamenLeven]),
        new(SeedDialogues.VerkenningsdialogenBurgers, StoryKind.Opportunity, RustEnRuimte,
            $"{ParaphraseNote} Wat in de crisis ontstond en mag blijven: de rust, de flexibiliteit, gezonder leven en "
            + "vaker buiten in de natuur zijn.",
            [SeedThemes.GelukEnOntspanning, SeedThemes.Gezondheid, SeedThemes.NatuurEnMilieu]),
        new(SeedDialogues.VerkenningsdialogenBurgers, StoryKind.Opportunity, BuitenDeBubbel,
            $"{ParaphraseNote} Deelnemers willen vaker in contact komen met mensen die ze in hun eigen kring niet "
            + "tegenkomen.",
            [SeedThemes.SamenLeven]),
    ];

    public static IReadOnlyList<IdeaSeed> Ideas { get; } =
    [
        // Actor: the finding asks people to seek each other out, so the society itself acts.
        new(SeedDialogues.VerkenningsdialogenBurgers, "Zoek mensen op buiten je eigen bubbel",
            $"{ParaphraseNote} Ga bewust in gesprek met mensen uit een andere omgeving dan de eigen kring. "
            + "Gekoppeld aan de kans 'buiten de bubbel' en aan de zorg over de tweedeling.",
            [ProposedActor.Society],
            [SeedThemes.SamenLeven],
            [BuitenDeBubbel, Tweedeling]),
        // Actor: work is organised by employers, i.e. businesses and organisations, which the programme
        // groups as "middenveld"; the finding does not name the government, so only CivilSociety is set.
        new(SeedDialogues.ThemeDialogue(SeedThemes.OnderwijsEnWerk), "Organiseer werk op resultaat en betrek de mensen om wie het gaat",
            $"{ParaphraseNote} Genoemd aan een tafel over onderwijs en werk: stuur op wat werk oplevert "
            + "en gebruik de inbreng van de mensen die het aangaat. De keuze voor het middenveld (werkgevers "
            + "en organisaties) als actor is een lezing van deze seed.",
            [ProposedActor.CivilSociety],
            [SeedThemes.OnderwijsEnWerk],
            [RustEnRuimte]),
        // Actor: "we have to do it together" — the society takes it up itself.
        new(SeedDialogues.ThemeDialogue(SeedThemes.SamenLeven), "We moeten het samen doen",
            $"{ParaphraseNote} Genoemd aan een tafel over samen leven: herstel na de crisis is een gezamenlijke opgave "
            + "waarin de samenleving zelf het initiatief neemt.",
            [ProposedActor.Society],
            [SeedThemes.SamenLeven],
            [Tweedeling]),
    ];
}
