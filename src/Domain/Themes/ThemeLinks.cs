namespace Dialoogtafels.Domain.Themes;

/// <summary>Join row: a story is about a theme.</summary>
public class StoryTheme
{
    public int StoryId { get; set; }

    public int ThemeId { get; set; }
}

/// <summary>Join row: an idea is about a theme.</summary>
public class IdeaTheme
{
    public int IdeaId { get; set; }

    public int ThemeId { get; set; }
}

/// <summary>Join row: a table discussed a theme.</summary>
public class TableTheme
{
    public int TableId { get; set; }

    public int ThemeId { get; set; }
}
