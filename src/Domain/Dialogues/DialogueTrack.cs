namespace Dialoogtafels.Domain.Dialogues;

/// <summary>The strand a dialogue belongs to (programme-2021.md, "Dialogue strands and phases").</summary>
public enum DialogueTrack
{
    /// <summary>Burgerdialogen: citizens.</summary>
    Citizens = 0,

    /// <summary>Middenvelddialogen: civil-society organisations and businesses.</summary>
    CivilSociety = 1,

    /// <summary>Wetenschaps- en pioniersdialogen: scientists and pioneers.</summary>
    Science = 2,

    /// <summary>Tables hosted by a municipality (a mayor or alderman).</summary>
    Local = 3,

    /// <summary>An imported participatory-budget round (e.g. a Pabulib file).</summary>
    CommunityBudget = 4,
}
