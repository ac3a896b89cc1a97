using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Themes;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>GraphQL type <c>Theme</c>: a node in the theme hierarchy.</summary>
public sealed class ThemeType : NodeType<Theme>
{
    public ThemeType(ConnectionTypes connections)
        : base(ThemeFeature.TypeName, "A theme. The six synthesis themes of the final report are on top; series themes and imported categories below.")
    {
        Field(x => x.Name).Description("Name, in Dutch.");
        Field(x => x.Slug).Description("Unique URL-safe name.");
        Field(x => x.Description, nullable: true).Description("Description, in Dutch.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names of the theme: merged themes and raw import categories mapped onto it.")
            .Resolve(c => c.LoadAliases(c.Source.Id));
        this.Reference<Theme, Theme, ThemeType>("parent", t => t.ParentId).Description("The broader theme; null for a top theme.");
        this.List<Theme, Theme, ThemeType>("children", t => t.Children).Description("The narrower themes.");
        this.Connection(connections, "stories", (Theme t) => t.Stories).Description("Stories about this theme.");
        this.Connection(connections, "ideas", (Theme t) => t.Ideas).Description("Ideas about this theme.");
    }
}
