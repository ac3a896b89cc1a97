using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.ParticipantGroups;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Tables;

/// <summary>Loads the participant-group counts of many tables in one statement (visible groups only).</summary>
internal static class TableParticipantGroupLoader
{
    public static IDataLoaderResult<List<TableParticipantGroup>> LoadParticipantGroups(this IResolveFieldContext context, int tableId)
    {
        var visibility = context.Service<ContentVisibility>();
        var contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();
        var visible = visibility.Filter<ParticipantGroup>();
        return context.Service<DataLoaderRegistry>().GetOrAdd<int, List<TableParticipantGroup>>(
            $"{visibility.Scope}:Table.participantGroups",
            () => new BatchLoader<int, List<TableParticipantGroup>>(
                async (ids, cancellationToken) =>
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    var rows = await db.TableParticipantGroups
                        .Where(x => ids.Contains(x.TableId))
                        .Join(db.ParticipantGroups.Where(visible), x => x.ParticipantGroupId, g => g.Id, (x, g) => x)
                        .OrderBy(x => x.ParticipantGroupId)
                        .ToListAsync(cancellationToken);
                    return rows.GroupBy(x => x.TableId).ToDictionary(g => g.Key, g => g.ToList());
                },
                []))
            .Load(tableId);
    }
}
