/**
 * The HTTP ceiling: node:http answering every request with the same precomputed bytes (the
 * headline answer), reading and discarding the body. What no GraphQL server on this machine can beat.
 * Reads PORT and ANSWER_FILE from the environment.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const answer = readFileSync(process.env['ANSWER_FILE']!);
createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': answer.length });
    response.end(answer);
  });
}).listen(Number(process.env['PORT']), '127.0.0.1', () => console.log('ready'));
