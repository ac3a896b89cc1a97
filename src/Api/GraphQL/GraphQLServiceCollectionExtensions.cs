using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Api.Security;
using GraphQL;

namespace Dialoogtafels.Api.GraphQL;

/// <summary>Registers the schema, its types and the request-scoped data services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the singleton <see cref="DialoogtafelsSchema"/> with the graph types, services and root field
    /// contributors of every feature in <see cref="Features"/>, the engine's <see cref="EntityCatalog"/>,
    /// System.Text.Json serialization, <see cref="PagingOptions"/> (section <c>Paging</c>) and the
    /// per-request <see cref="DataLoaderRegistry"/> and <see cref="ContentVisibility"/>.
    /// </summary>
    public static WebApplicationBuilder AddDialoogGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PagingOptions>(builder.Configuration.GetSection(PagingOptions.Section));
        services.AddSingleton(Features.Catalog);
        services.AddSingleton<ConnectionTypes>();
        services.AddSingleton<CollectionSegmentTypes>();
        services.AddSingleton<FilterTypes>();
        services.AddSingleton<ReferenceKeys>();
        services.AddSingleton<Http.ICallerScopedValidationRule, AuthorizationValidationRule>();
        services.AddScoped<DataLoaderRegistry>();
        services.AddScoped<ContentVisibility>();

        foreach (var feature in Features.All)
        {
            // Graph types are singletons, like the schema: one instance per type name (GraphQL.NET demands it).
            foreach (var type in feature.AllGraphTypes) services.AddSingleton(type);
            foreach (var service in feature.ScopedServices) services.AddScoped(service);
            foreach (var service in feature.SingletonServices) services.AddSingleton(service);
            if (feature.Analysis is { } analysis) services.AddSingleton(analysis);
            foreach (var export in feature.Exports) services.AddSingleton(export);
        }

        foreach (var fields in Features.QueryFields) services.AddSingleton(typeof(IQueryFields), fields);
        foreach (var fields in Features.MutationFields) services.AddSingleton(typeof(IMutationFields), fields);

        services.AddGraphQL(graphql => graphql
            .AddSchema<DialoogtafelsSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        return builder;
    }
}
