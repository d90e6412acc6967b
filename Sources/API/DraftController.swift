import Foundation
import Hummingbird
import Store

/// `GET /v1/drafts`, `POST /v1/drafts/{id}/approve` and `POST /v1/drafts/{id}/reject` (admin
/// token required): the review queue. Approving queues the `draft.approved` delivery.
struct DraftController: Sendable {
    let reviews: ReviewStore

    func register(on group: RouterGroup<APIRequestContext>) {
        group.get("drafts") { request, _ in try await self.list(request) }
        group.post("drafts/:id/approve") { request, context in
            try await self.review(request, context: context, approve: true)
        }
        group.post("drafts/:id/reject") { request, context in
            try await self.review(request, context: context, approve: false)
        }
    }

    struct Listing: Encodable {
        let drafts: [ReviewItem]
    }

    func list(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        let status = query["status"].map(String.init) ?? "pending_review"
        guard let limit = Int(query["limit"].map(String.init) ?? "50") else {
            throw APIError.badRequest("invalid_argument", "limit must be a whole number")
        }
        return try JSONBody.response(Listing(drafts: try await reviews.drafts(status: status, limit: limit)))
    }

    struct Review: Decodable {
        /// The edited reply (approve only); absent: the draft as written.
        let body: String?
        /// Why it was rejected (reject only).
        let reason: String?
        /// Who reviewed: recorded with the draft.
        let agent: String?
    }

    struct Answer: Encodable {
        let id: String
        let status: String
        let eventID: String?

        enum CodingKeys: String, CodingKey {
            case id, status
            case eventID = "event_id"
        }
    }

    func review(_ request: Request, context: APIRequestContext, approve: Bool) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw APIError.notFound("no draft with this id")
        }
        let bytes = try await IntakeController.collect(request.body, limit: 64 * 1024)
        var review = Review(body: nil, reason: nil, agent: nil)
        if !bytes.isEmpty {
            do {
                review = try JSONDecoder().decode(Review.self, from: Data(bytes))
            } catch {
                throw APIError.badRequest(
                    "invalid_json", #"the body must be JSON like {"body": "edited reply", "agent": "ana"} or empty"#)
            }
        }
        let agent = review.agent ?? "api"
        let result =
            approve
            ? try await reviews.approve(id, editedBody: review.body, agent: agent)
            : try await reviews.reject(id, reason: review.reason, agent: agent)
        switch result {
        case .approved(let eventID):
            return try JSONBody.response(Answer(id: id.lowercased, status: "approved", eventID: eventID))
        case .rejected:
            return try JSONBody.response(Answer(id: id.lowercased, status: "rejected", eventID: nil))
        case .alreadyReviewed(let status, let by, let at):
            throw APIError(
                .conflict, code: "already_reviewed",
                message: "the draft was already \(status == "approved" ? "approved" : "rejected") by \(by) at "
                    + "\(ISO8601DateFormatter().string(from: at)); nothing was changed")
        case .notFound:
            throw APIError.notFound("no draft with this id")
        }
    }
}
