using Dialoogtafels.Api.Data.Projection;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>Root fields <c>dialogues</c> and <c>dialogue(slug:)</c>.</summary>
public sealed class DialogueQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection(connections, "dialogues", db => db.Dialogues).Description("All dialogue series.");
        query.Field<DialogueType>("dialogue")
            .Description("The dialogue series with this slug; null when there is none you may see.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The series' slug, e.g. `verkenningsdialogen-burgers`.")
            .ResolveAsync(async context =>
            {
                var slug = context.GetArgument<string>("slug");
                await using var db = await context.Service<IDbContextFactory<DialoogtafelsDbContext>>().CreateDbContextAsync(context.CancellationToken);
                var projection = EntityProjection.For<Dialogue>(context, SelectedFields.OfObjects(context));
                return await db.Dialogues.Where(context.Service<ContentVisibility>().Filter<Dialogue>())
                    .Where(d => d.Slug == slug).Select(projection).FirstOrDefaultAsync(context.CancellationToken);
            });
    }
}
