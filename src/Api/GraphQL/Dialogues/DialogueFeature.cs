using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>
/// Dialogues: the dialogue series of the programme and their published reports.
/// Root fields <c>dialogues</c>, <c>dialogue</c> (<see cref="DialogueQueries"/>); mutations
/// <c>createDialogue</c> … <c>restoreDialogue</c> (<see cref="DialogueEditing"/>) and
/// <c>createReport</c> … <c>restoreReport</c> (<see cref="ReportEditing"/>).
/// </summary>
public static class DialogueFeature
{
    /// <summary>The GraphQL type name of a dialogue series (also in global ids and audit records).</summary>
    public const string DialogueTypeName = "Dialogue";

    /// <summary>The GraphQL type name of a report.</summary>
    public const string ReportTypeName = "Report";

    /// <summary>The declaration.</summary>
    public static Feature Declaration { get; } = new()
    {
        Name = "Dialogues",
        Entities =
        [
            new EntityDescriptor<Dialogue>
            {
                TypeName = DialogueTypeName,
                GraphType = typeof(DialogueType),
                FilterType = typeof(DialogueFilterInputType),
                SortType = typeof(DialogueSortInputType),
                Editing = new DialogueEditing(),
            },
            new EntityDescriptor<Report> { TypeName = ReportTypeName, GraphType = typeof(ReportType), Editing = new ReportEditing() },
        ],
        GraphTypes = [typeof(DialogueTrackType), typeof(DialoguePhaseType)],
    };
}
