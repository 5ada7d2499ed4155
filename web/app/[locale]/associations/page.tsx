import { catalogueList } from './list';

export const generateMetadata = catalogueList.unfiltered.generateMetadata;
export default catalogueList.unfiltered.Page;
