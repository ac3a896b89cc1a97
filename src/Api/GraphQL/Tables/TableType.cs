using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Dialogues;
using Dialoogtafels.Api.GraphQL.Themes;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>GraphQL type <c>Table</c>: one conversation (dialoogtafel).</summary>
public sealed class TableType : NodeType<Table>
{
    public TableType(ConnectionTypes connections)
        : base(TableFeature.TypeName, "One conversation (dialoogtafel) of a dialogue series.")
    {
        Field(x => x.Title).Description("Title, in Dutch.");
        Field<DateType>("date").Description("Day of the conversation; null when unknown.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<TableFormatType>>("format").Description("Online or in person.").Resolve(c => c.Source.Format);
        Field(x => x.HostRole, nullable: true).Description("Public role of the host, e.g. \"burgemeester van Tubbergen\".");
        Field(x => x.Municipality, nullable: true).Description("Municipality of the table, when local.");
        Field(x => x.ParticipantCount, nullable: true).Description("Number of participants; null when unknown.");
        this.Reference<Table, Dialogue, DialogueType>("dialogue", t => t.DialogueId).Description("The series the table belongs to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableParticipantGroupType>>>>("participantGroups")
            .Description("Who took part, as counts per participant group.")
            .Resolve(c => c.LoadParticipantGroups(c.Source.Id));
        this.List<Table, Theme, ThemeType>("themes", t => t.Themes).Description("Themes discussed at the table.");
        this.Connection(connections, "stories", (Table t) => t.Stories).Description("Stories told at the table.");
        this.Connection(connections, "ideas", (Table t) => t.Ideas).Description("Ideas from the table.");
    }
}
