using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Tables;

/// <summary>One conversation ("dialoogtafel") within a <see cref="Dialogue"/>.</summary>
public class Table : ContentEntity, IThemed
{
    /// <summary>Maximum length of <see cref="Title"/>, in characters (also the column length).</summary>
    public const int TitleMaxLength = 300;

    /// <summary>Maximum length of <see cref="HostRole"/>, in characters (also the column length).</summary>
    public const int HostRoleMaxLength = 200;

    /// <summary>Maximum length of <see cref="Municipality"/>, in characters (also the column length).</summary>
    public const int MunicipalityMaxLength = 200;

    /// <summary>Smallest <see cref="ParticipantCount"/>: a number of participants is never negative.</summary>
    public const int ParticipantCountMinimum = 0;

    public int DialogueId { get; set; }

    public Dialogue? Dialogue { get; set; }

    public required string Title { get; set; }

    /// <summary>Day of the conversation; null when unknown (unknown stays unknown).</summary>
    public DateOnly? Date { get; set; }

    public TableFormat Format { get; set; }

    /// <summary>The public role of the host, e.g. "burgemeester van Tubbergen"; never a private person's name.</summary>
    public string? HostRole { get; set; }

    public string? Municipality { get; set; }

    /// <summary>Number of participants; null when unknown.</summary>
    public int? ParticipantCount { get; set; }

    public List<TableParticipantGroup> ParticipantGroups { get; set; } = [];

    public List<Theme> Themes { get; set; } = [];

    public List<Story> Stories { get; set; } = [];

    public List<Idea> Ideas { get; set; } = [];
}
