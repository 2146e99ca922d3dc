using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>State documents, conversation references for proactive messages, and activity dedupe.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261102090000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "conversation_states",
            columns: table => new
            {
                key = table.Column<string>(nullable: false),
                json = table.Column<string>(nullable: false),
                version = table.Column<long>(nullable: false),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
            },
            constraints: table => table.PrimaryKey("pk_conversation_states", s => s.key));

        migrationBuilder.CreateTable(
            name: "conversation_references",
            columns: table => new
            {
                channel_id = table.Column<string>(nullable: false),
                conversation_id = table.Column<string>(nullable: false),
                service_url = table.Column<string>(nullable: false),
                tenant_id = table.Column<string>(nullable: true),
                conversation_type = table.Column<string>(nullable: true),
                user_id = table.Column<string>(nullable: true),
                user_aad_object_id = table.Column<string>(nullable: true),
                user_name = table.Column<string>(nullable: true),
                bot_id = table.Column<string>(nullable: true),
                bot_name = table.Column<string>(nullable: true),
                locale = table.Column<string>(nullable: true),
                time_zone = table.Column<string>(nullable: true),
                installed = table.Column<bool>(nullable: false),
                created_at = table.Instant(migrationBuilder, "created_at"),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
            },
            constraints: table => table.PrimaryKey("pk_conversation_references", r => new { r.channel_id, r.conversation_id }));

        migrationBuilder.CreateIndex(
            name: "ix_conversation_references_user_aad_object_id",
            table: "conversation_references",
            column: "user_aad_object_id");

        migrationBuilder.CreateTable(
            name: "processed_activities",
            columns: table => new
            {
                channel_id = table.Column<string>(nullable: false),
                conversation_id = table.Column<string>(nullable: false),
                activity_id = table.Column<string>(nullable: false),
                seen_at = table.Instant(migrationBuilder, "seen_at"),
            },
            constraints: table => table.PrimaryKey("pk_processed_activities", a => new { a.channel_id, a.conversation_id, a.activity_id }));

        migrationBuilder.CreateIndex(
            name: "ix_processed_activities_seen_at",
            table: "processed_activities",
            column: "seen_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "processed_activities");
        migrationBuilder.DropTable(name: "conversation_references");
        migrationBuilder.DropTable(name: "conversation_states");
    }
}
