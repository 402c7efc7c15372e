// The item definition is part of the contract between the server and the web.
export * from '@yimen/shared/item-definition';
