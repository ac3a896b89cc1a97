using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Domain.Dialogues;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>The editable fields of a <see cref="Report"/>.</summary>
public sealed class ReportEditing : EditableFields<Report>
{
    public ReportEditing()
        : base(DialogueFeature.ReportTypeName, new ContentMutationNames(
            Create: "createReport", Update: "updateReport", SubmitForReview: "submitForReviewReport", Publish: "publishReport",
            Unpublish: "unpublishReport", Archive: "archiveReport", Delete: "deleteReport", Restore: "restoreReport"))
    {
        Reference<Dialogue>(x => x.DialogueId, "dialogueId");
        Text(x => x.Title, Report.TitleMaxLength, required: true);
        Value(x => x.PublishedOn);
        Text(x => x.Url, Report.UrlMaxLength);
        Text(x => x.Summary, Report.SummaryMaxLength);
    }
}
