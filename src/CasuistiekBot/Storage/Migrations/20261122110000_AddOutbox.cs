using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>The outbox of proactive messages that the delivery worker sends (see Delivery/OutboxMessage).</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261122110000_AddOutbox")]
internal sealed class AddOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "outbox_messages",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                idempotency_key = table.Column<string>(nullable: false),
                channel_id = table.Column<string>(nullable: true),
                conversation_id = table.Column<string>(nullable: true),
                service_url = table.Column<string>(nullable: true),
                recipient_aad_object_id = table.Column<string>(nullable: true),
                recipient_user_id = table.Column<string>(nullable: true),
                tenant_id = table.Column<string>(nullable: true),
                activity_json = table.Column<string>(nullable: false),
                replaces_key = table.Column<string>(nullable: true),
                status = table.Column<string>(nullable: false),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Instant(migrationBuilder, "next_attempt_at"),
                claimed_by = table.Column<string>(nullable: true),
                lease_until = OptionalInstant(table, migrationBuilder, "lease_until"),
                send_started_at = OptionalInstant(table, migrationBuilder, "send_started_at"),
                sent_activity_id = table.Column<string>(nullable: true),
                sent_at = OptionalInstant(table, migrationBuilder, "sent_at"),
                dead_reason = table.Column<string>(nullable: true),
                last_error = table.Column<string>(nullable: true),
                created_at = table.Instant(migrationBuilder, "created_at"),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
            },
            constraints: table => table.PrimaryKey("pk_outbox_messages", m => m.id));

        migrationBuilder.CreateIndex(
            name: "ux_outbox_messages_idempotency_key",
            table: "outbox_messages",
            column: "idempotency_key",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_status_next_attempt_at",
            table: "outbox_messages",
            columns: ["status", "next_attempt_at"]);

        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_replaces_key",
            table: "outbox_messages",
            column: "replaces_key");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "outbox_messages");

    // Like MigrationColumns.Instant, for a point in time that may be absent.
    private static OperationBuilder<AddColumnOperation> OptionalInstant(ColumnsBuilder table, MigrationBuilder migration, string name) =>
        migration.IsSqlite()
            ? table.Column<long>(name: name, nullable: true)
            : table.Column<DateTimeOffset>(name: name, nullable: true);
}
