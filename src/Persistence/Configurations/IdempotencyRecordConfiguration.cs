using Dialoogtafels.Domain.Cms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(x => new { x.Scope, x.Key });
        builder.Property(x => x.Scope).HasMaxLength(IdempotencyRecord.ScopeMaxLength);
        builder.Property(x => x.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
        builder.Property(x => x.ResponseContentType).HasMaxLength(100);
        builder.HasIndex(x => x.ExpiresAt); // the cleanup's DELETE … WHERE expires_at <= now()
    }
}
