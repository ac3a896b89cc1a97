using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Themes;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>GraphQL type <c>Dialogue</c>: a series of tables under one strand and phase.</summary>
public sealed class DialogueType : NodeType<Dialogue>
{
    public DialogueType(ConnectionTypes connections)
        : base(DialogueFeature.DialogueTypeName, "A series of dialogue tables (dialoogtafels) under one strand and phase.")
    {
        Field(x => x.Title).Description("Title, in Dutch.");
        Field(x => x.Slug).Description("Unique URL-safe name, usable with `dialogue(slug:)`.");
        Field(x => x.Description, nullable: true).Description("Description, in Dutch.");
        Field<NonNullGraphType<DialogueTrackType>>("track").Description("The strand of the programme.").Resolve(c => c.Source.Track);
        Field<NonNullGraphType<DialoguePhaseType>>("phase").Description("Exploration or theme series.").Resolve(c => c.Source.Phase);
        Field<DateType>("periodStart").Description("First day of the series; null when unknown.").Resolve(c => c.Source.PeriodStart);
        Field<DateType>("periodEnd").Description("Last day of the series; null when unknown.").Resolve(c => c.Source.PeriodEnd);
        Field(x => x.Organiser, nullable: true).Description("The public body that organised the series.");
        this.Reference<Dialogue, Theme, ThemeType>("theme", d => d.ThemeId).Description("The theme of a theme series; null otherwise.");
        this.List<Dialogue, Domain.Dialogues.Report, ReportType>("reports", d => d.Reports)
            .Description("Reports of the series, in the order they were added.");
        this.Connection(connections, "tables", (Dialogue d) => d.Tables).Description("The tables of the series.");
        this.Connection(connections, "stories", (Dialogue d) => d.Stories).Description("Concern and opportunity stories told in the series.");
        this.Connection(connections, "ideas", (Dialogue d) => d.Ideas).Description("Ideas that followed from the series.");
    }
}
