using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Dialoogtafels.Api.Security;

/// <summary>JWT bearer authentication (Microsoft.AspNetCore.Authentication.JwtBearer) configured from <see cref="DialoogAuthenticationOptions"/>.</summary>
public static class AuthenticationExtensions
{
    /// <summary>
    /// Registers JWT bearer authentication: tokens from the configured authority and, when a
    /// signing key is configured, development tokens (<see cref="DevelopmentTokens"/>). Role claim
    /// <c>role</c>, name claim <c>sub</c>; inbound claims are not renamed.
    /// </summary>
    public static WebApplicationBuilder AddDialoogAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DialoogAuthenticationOptions.Section).Get<DialoogAuthenticationOptions>() ?? new();
        builder.Services.AddSingleton(options);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Authority = options.Authority;
            jwt.Audience = options.Audience;
            jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = Roles.ActorClaimType,
                RoleClaimType = Roles.ClaimType,
                ValidAudience = options.Audience,
                ValidateIssuer = options.Authority is not null || options.SigningKey is not null,
                ValidIssuers = new[] { options.Authority, options.SigningKey is null ? null : DialoogAuthenticationOptions.DevelopmentIssuer }.OfType<string>(),
                IssuerSigningKeys = options.SigningKey is null ? [] : [DevelopmentTokens.Key(options.SigningKey)],
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        return builder;
    }

    /// <summary>
    /// Authenticates every request; a request whose <c>Authorization</c> header holds a token that
    /// fails validation gets 401 with a JSON error (code <c>AUTH_INVALID_TOKEN</c>), never a silent
    /// downgrade to anonymous.
    /// </summary>
    public static WebApplication UseDialoogAuthentication(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (result.Succeeded)
            {
                context.User = result.Principal;
            }
            else if (context.Request.Headers.Authorization.Count > 0)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await context.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = "The bearer token is missing, expired or not valid for this API.", extensions = new { code = "AUTH_INVALID_TOKEN" } } },
                });
                return;
            }

            await next(context);
        });
        return app;
    }
}
