namespace Dialoogtafels.Domain.Dialogues;

/// <summary>The phase of a dialogue series (programme-2021.md).</summary>
public enum DialoguePhase
{
    /// <summary>Verkenningsdialogen: the first, open exploration.</summary>
    Exploration = 0,

    /// <summary>Themadialogen: a series about one theme.</summary>
    Theme = 1,
}
