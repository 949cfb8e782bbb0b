/**
 * The API's routes, described with the query and result schemas of src/model/views.ts so
 * the OpenAPI document and the validation are the contract the store implements.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ClaimQuery,
  ClaimRow,
  DocumentSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  EventQuery,
  EventRow,
  PageQuery,
  QuoteQuery,
  QuoteRow,
  SEARCH_TOTAL_CAP,
  SearchQuery,
  StoreStats,
  StoredDocument,
  StoryDetail,
  StorySummary,
  page,
  searchPage,
} from '../model/views.js';
import { ErrorBody } from './errors.js';
import { apiQuery } from './query.js';

const IdParam = z.object({
  id: z.string().min(1).max(200).describe('the id as the API gives it'),
});

function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const badRequest = json(ErrorBody, 'a parameter is missing, unknown or malformed; the body names it');
const notFound = json(ErrorBody, 'no item with this id');
const serverError = json(ErrorBody, 'the store failed; the body says so without internal details');

export const statsRoute = createRoute({
  method: 'get',
  path: '/api/stats',
  tags: ['store'],
  summary: 'How many documents, entities, events, quotes, claims and stories are stored',
  responses: { 200: json(StoreStats, 'counts'), 500: serverError },
});

export const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['documents'],
  summary: 'Full-text search over documents, with filters; newest first when there are no words',
  description:
    'Words match the whole text. By relevance (the default with words), matches are ordered by the words in the title and lead, then newest first; ' +
    `when more than ${SEARCH_TOTAL_CAP} documents match, only the newest ${SEARCH_TOTAL_CAP} are ranked (rankedAmong says so) and the pages after them ` +
    'list the older matches newest first. total counts up to the same bound (totalIsLowerBound). Each snippet is cut from the text around the first match, ' +
    'with the matched words between « and »; when the words match only the title, it is the opening of the text.',
  request: { query: apiQuery(SearchQuery) },
  responses: { 200: json(searchPage(DocumentSummary), 'one page of matching documents'), 400: badRequest, 500: serverError },
});

export const documentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'One document with its clean text and everything extracted from it',
  request: { params: IdParam },
  responses: { 200: json(StoredDocument, 'the document'), 400: badRequest, 404: notFound, 500: serverError },
});

export const entitiesRoute = createRoute({
  method: 'get',
  path: '/api/entities',
  tags: ['entities'],
  summary: 'Entities, most mentioned first',
  request: { query: apiQuery(EntityQuery) },
  responses: { 200: json(page(EntitySummary), 'one page of entities'), 400: badRequest, 500: serverError },
});

export const entityRoute = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  tags: ['entities'],
  summary: 'One entity with its events, quotes and documents',
  request: { params: IdParam },
  responses: { 200: json(EntityDetail, 'the entity'), 400: badRequest, 404: notFound, 500: serverError },
});

export const eventsRoute = createRoute({
  method: 'get',
  path: '/api/events',
  tags: ['events'],
  summary: 'Events, newest first',
  request: { query: apiQuery(EventQuery) },
  responses: { 200: json(page(EventRow), 'one page of events'), 400: badRequest, 500: serverError },
});

export const quotesRoute = createRoute({
  method: 'get',
  path: '/api/quotes',
  tags: ['quotes'],
  summary: 'Quotes with their speakers, newest first',
  request: { query: apiQuery(QuoteQuery) },
  responses: { 200: json(page(QuoteRow), 'one page of quotes'), 400: badRequest, 500: serverError },
});

export const claimsRoute = createRoute({
  method: 'get',
  path: '/api/claims',
  tags: ['claims'],
  summary: 'Figures (killed, wounded, displaced, ...) with attribution; newest as-of date first',
  request: { query: apiQuery(ClaimQuery) },
  responses: { 200: json(page(ClaimRow), 'one page of claims'), 400: badRequest, 500: serverError },
});

export const storiesRoute = createRoute({
  method: 'get',
  path: '/api/stories',
  tags: ['stories'],
  summary: 'Groups of reports of the same story, newest first',
  request: { query: apiQuery(PageQuery) },
  responses: { 200: json(page(StorySummary), 'one page of stories'), 400: badRequest, 500: serverError },
});

export const storyRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}',
  tags: ['stories'],
  summary: 'One story with its reports in full and how they compare',
  description:
    'Sent as stored at link time. A request whose Accept-Encoding allows gzip (as browsers send) gets the same JSON gzip-compressed ' +
    '(Content-Encoding: gzip), byte for byte the uncompressed body once decompressed; other requests get it uncompressed.',
  request: { params: IdParam },
  responses: { 200: json(StoryDetail, 'the story'), 400: badRequest, 404: notFound, 500: serverError },
});
