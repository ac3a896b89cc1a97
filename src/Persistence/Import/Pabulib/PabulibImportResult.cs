namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>What <see cref="PabulibImporter.ImportFileAsync"/> did with one file.</summary>
/// <param name="FileName">The imported file's name, without directory.</param>
/// <param name="DialogueSlug">Slug of the round's dialogue, e.g. <c>pabulib-netherlands-amsterdam-166</c>.</param>
/// <param name="DialogueCreated">True when the dialogue was new; false when an earlier import's dialogue was updated.</param>
/// <param name="IdeasCreated">Projects that became new ideas.</param>
/// <param name="IdeasUpdated">Projects whose existing idea changed (a value or a link to an imported theme).</param>
/// <param name="IdeasUnchanged">Projects whose existing idea already matched the file.</param>
/// <param name="ThemesCreated">New themes, the parent "Geïmporteerd" included when it was created.</param>
/// <param name="IdeasNotInFile">Imported ideas of the dialogue that the file no longer lists; left as they are.</param>
public sealed record PabulibImportResult(
    string FileName,
    string DialogueSlug,
    bool DialogueCreated,
    int IdeasCreated,
    int IdeasUpdated,
    int IdeasUnchanged,
    int ThemesCreated,
    int IdeasNotInFile);
