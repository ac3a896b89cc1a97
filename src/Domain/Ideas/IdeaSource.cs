namespace Dialoogtafels.Domain.Ideas;

/// <summary>Where an idea was recorded.</summary>
public enum IdeaSource
{
    /// <summary>Said at a dialogue table.</summary>
    Table = 0,

    /// <summary>Posted on the online platform.</summary>
    Online = 1,

    /// <summary>Imported from an external dataset (see <see cref="Idea.ExternalReference"/>).</summary>
    Import = 2,
}
