namespace Dialoogtafels.Persistence.Seed;

/// <summary>One participant group of the built-in seed.</summary>
internal sealed record ParticipantGroupSeed(string Slug, string Name, string Description);

/// <summary>
/// The participant groups used to count who sat at a table. The groups follow the strands of the 2021
/// programme (source: /work/shared/docs/programme-2021.md, "Dialogue strands and phases"); the figures
/// reported for the programme as a whole are in the dialogue descriptions (<see cref="SeedDialogues"/>),
/// not here, because they are not counts of single tables.
/// </summary>
internal static class SeedParticipantGroups
{
    public const string Inwoners = "inwoners";
    public const string Jongeren = "jongeren";
    public const string Ondernemers = "ondernemers";
    public const string MaatschappelijkeOrganisaties = "maatschappelijke-organisaties";
    public const string Wetenschappers = "wetenschappers";
    public const string LokaleBestuurders = "lokale-bestuurders";
    public const string Pioniers = "pioniers";

    public static IReadOnlyList<ParticipantGroupSeed> All { get; } =
    [
        new(Inwoners, "Inwoners",
            "Burgers die op persoonlijke titel meepraten. De burgerdialogen werden samengesteld als "
            + "dwarsdoorsnede van de bevolking naar regio, leeftijd, sociaaleconomische achtergrond, gender en etniciteit."),
        new(Jongeren, "Jongeren",
            "Jonge deelnemers, apart geteld waar een tafel dat vastlegt."),
        new(Ondernemers, "Ondernemers",
            "Vertegenwoordigers van bedrijven; samen met maatschappelijke organisaties de deelnemers van de middenvelddialogen."),
        new(MaatschappelijkeOrganisaties, "Maatschappelijke organisaties",
            "Vertegenwoordigers van organisaties uit het maatschappelijk middenveld."),
        new(Wetenschappers, "Wetenschappers",
            "Onderzoekers die deelnamen aan de wetenschaps- en pioniersdialogen."),
        new(LokaleBestuurders, "Lokale bestuurders",
            "Burgemeesters en wethouders, onder meer als gastheer of gastvrouw van een dialoogtafel in hun gemeente."),
        new(Pioniers, "Pioniers",
            "Vernieuwers uit de praktijk die samen met wetenschappers deelnamen aan de wetenschaps- en pioniersdialogen."),
    ];
}
