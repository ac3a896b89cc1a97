using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Dialogues;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>GraphQL type <c>Report</c>: a published report of a dialogue series.</summary>
public sealed class ReportType : NodeType<Report>
{
    public ReportType()
        : base(DialogueFeature.ReportTypeName, "A published report (rapportage) of a dialogue series.")
    {
        Field(x => x.Title).Description("Title of the report, in Dutch.");
        Field<DateType>("publishedOn").Description("Publication date; null when unknown.").Resolve(c => c.Source.PublishedOn);
        Field(x => x.Url, nullable: true).Description("Address of the document, when public.");
        Field(x => x.Summary, nullable: true).Description("Summary, in Dutch.");
        this.Reference<Report, Dialogue, DialogueType>("dialogue", r => r.DialogueId).Description("The series the report is about.");
    }
}
