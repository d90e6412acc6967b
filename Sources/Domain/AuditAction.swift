/// The writes the audit log records (CONTRACT.md: review, flag, key, tenant, secret rotation,
/// dlq replay).
public enum AuditAction: String, Sendable, CaseIterable, Codable {
    case draftApprove = "draft.approve"
    case draftReject = "draft.reject"
    case flagSet = "flag.set"
    case keyCreate = "key.create"
    case keyRevoke = "key.revoke"
    case tenantCreate = "tenant.create"
    case tenantUpdate = "tenant.update"
    case secretRotate = "tenant.rotate_secret"
    case secretsRewrap = "secrets.rewrap"
    case dlqReplay = "dlq.replay"
}
