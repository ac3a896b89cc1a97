namespace Dialoogtafels.Domain.Stories;

/// <summary>The question a story answers (programme-2021.md, "Three questions at every table").</summary>
public enum StoryKind
{
    /// <summary>Knelpunt: what came under pressure ("wat is in de knel gekomen").</summary>
    Concern = 0,

    /// <summary>Kans: what sprouted and should be kept ("wat is ontkiemd").</summary>
    Opportunity = 1,
}
