using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.Reports;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// The API host of <see cref="ApiFactory"/>, with <c>/reports</c> and <c>/export</c> mapped: by
/// <c>Program.cs</c> (<c>app.MapReports(); app.MapExports();</c>) when it does so, else by this fixture
/// after the application's own endpoints, so the tests run either way.
/// </summary>
public class OpenDataApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, MapWhenMissing>());
    }

    private sealed class MapWhenMissing : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            var mapped = app.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints
                .OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == ReportEndpoints.Path);
            if (mapped) return;
            app.UseRouting();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapReports();
                endpoints.MapExports();
            });
        };
    }
}
